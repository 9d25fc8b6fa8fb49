package linalg

import "gonum.org/v1/gonum/mat"

// ToComplex returns a new complex copy of the real matrix a (imaginary parts
// zero), for passing real data to the complex functions (SolveC, EigC, …).
// A nil a gives nil; an empty a gives an empty *mat.CDense. a is not
// modified.
func ToComplex(a mat.Matrix) *mat.CDense {
	if a == nil {
		return nil
	}
	r, c := a.Dims()
	if r == 0 || c == 0 {
		return &mat.CDense{}
	}
	d := make([]complex128, r*c)
	if rm, ok := a.(mat.RawMatrixer); ok {
		raw := rm.RawMatrix()
		for i := 0; i < r; i++ {
			row := raw.Data[i*raw.Stride : i*raw.Stride+c]
			for j, v := range row {
				d[i*c+j] = complex(v, 0)
			}
		}
	} else {
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				d[i*c+j] = complex(a.At(i, j), 0)
			}
		}
	}
	return mat.NewCDense(r, c, d)
}
