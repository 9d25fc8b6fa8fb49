package linalg

// transposeBlockSize is the tile order of transposeInto: a 32×32 tile of
// float64 reads 32 source rows and writes 32 destination rows of 256 bytes
// each, 16 KiB in all, which stays in L1 while the tile is written.
const transposeBlockSize = 32

// transposeInto stores the transpose of the r×c row-major matrix src
// (stride lds) into the c×r row-major matrix dst (stride ldd):
// dst[j*ldd+i] = src[i*lds+j]. Both the row-major ↔ column-major
// conversions of LU and denseCopyT are such transposes. It works tile by
// tile so that the strided side of the copy stays in cache: element by
// element, every write of a column walk touched a new cache line, which
// made the two transposes of LU cost more than dgetrf itself at n=100
// (BenchmarkLU, pprof).
func transposeInto(dst []float64, ldd int, src []float64, lds, r, c int) {
	const bs = transposeBlockSize
	if r*c <= bs*bs/4 {
		// A few cache lines either way: the plain loop has less to set up.
		for i := 0; i < r; i++ {
			for j, v := range src[i*lds : i*lds+c] {
				dst[j*ldd+i] = v
			}
		}
		return
	}
	for i0 := 0; i0 < r; i0 += bs {
		i1 := min(i0+bs, r)
		for j0 := 0; j0 < c; j0 += bs {
			j1 := min(j0+bs, c)
			i := i0
			// Four source rows at a time: each destination row then
			// receives four adjacent elements per visit, and one bounds
			// check covers them.
			for ; i+4 <= i1; i += 4 {
				s0 := src[i*lds+j0 : i*lds+j1]
				s1 := src[(i+1)*lds+j0:][:len(s0)]
				s2 := src[(i+2)*lds+j0:][:len(s0)]
				s3 := src[(i+3)*lds+j0:][:len(s0)]
				for jj, v := range s0 {
					d := dst[(j0+jj)*ldd+i:][:4]
					d[0], d[1], d[2], d[3] = v, s1[jj], s2[jj], s3[jj]
				}
			}
			for ; i < i1; i++ {
				d := dst[j0*ldd+i:]
				for jj, v := range src[i*lds+j0 : i*lds+j1] {
					d[jj*ldd] = v
				}
			}
		}
	}
}
