package fft

func trigArgsOf(o *TrigOptions, m int) (trigArgs, error) {
	a := trigArgs{ndArgs: ndArgs{prefix: "TrigOptions."}}
	if err := checkLen(m); err != nil {
		return a, err
	}
	if o == nil {
		return a, nil
	}
	if o.N < 0 {
		return a, newError(ErrValue, "TrigOptions.N", "%d; want ≥ 1, or 0 for the default", o.N)
	}
	if o.N > 0 {
		a.s = []int{o.N}
	}
	a.norm, a.workers, a.overwrite = o.Norm, o.Workers, o.Overwrite
	a.typ, a.orthogonalize = o.Type, o.Orthogonalize
	return a, nil
}

func trigNDArgsOf(o *TrigNDOptions) trigArgs {
	a := trigArgs{ndArgs: ndArgs{prefix: "TrigNDOptions."}}
	if o != nil {
		a.s, a.axes, a.norm, a.workers, a.overwrite = o.S, o.Axes, o.Norm, o.Workers, o.Overwrite
		a.typ, a.orthogonalize = o.Type, o.Orthogonalize
	}
	return a
}

func trig1D[R float](x []R, o *TrigOptions, cosine, forward bool) ([]R, error) {
	a, err := trigArgsOf(o, len(x))
	if err != nil {
		return nil, err
	}
	y, _, err := trigND(x, []int{len(x)}, a, cosine, forward)
	return y, err
}

// DCT returns the discrete cosine transform of x, scipy.fft.dct, of type
// TrigOptions.Type (2 by default). Unnormalised (the default Backward
// norm), for n = len(x) or TrigOptions.N (x cut or zero-padded to it):
//
//	type 1: y[k] = x[0] + (-1)^k·x[n-1] + 2·Σ_{0<j<n-1} x[j]·cos(πjk/(n-1)),  n ≥ 2
//	type 2: y[k] = 2·Σ_j x[j]·cos(πk(2j+1)/(2n))
//	type 3: y[k] = x[0] + 2·Σ_{j>0} x[j]·cos(πj(2k+1)/(2n))
//	type 4: y[k] = 2·Σ_j x[j]·cos(π(2j+1)(2k+1)/(4n))
//
// Forward divides by N = 2(n-1) for type 1 and 2n otherwise; Ortho by √N
// and, unless TrigOptions.Orthogonalize is false, also scales the edge
// terms so that the transform matrix is orthogonal (types 1 to 3; type 4
// is orthogonal already). The result is a new slice, or x itself with
// Overwrite when N keeps the length.
//
// It returns an *Error wrapping ErrShape for empty x and ErrValue for a
// Type outside 1 to 4, a negative N, a DCT-I of fewer than 2 points, an
// unknown Norm or bad Workers.
func DCT(x []float64, o *TrigOptions) ([]float64, error) {
	return trig1D(x, o, true, true)
}

// IDCT is the inverse of DCT of the same type and norm, scipy.fft.idct:
// IDCT(DCT(x)) = x for every type and norm. It computes the DCT of type 3
// for type 2, type 2 for type 3, and the same type for 1 and 4,
// normalised as an inverse transform (by 1/N under the default norm).
func IDCT(x []float64, o *TrigOptions) ([]float64, error) {
	return trig1D(x, o, true, false)
}

// DST returns the discrete sine transform of x, scipy.fft.dst, of type
// TrigOptions.Type (2 by default). Unnormalised:
//
//	type 1: y[k] = 2·Σ_j x[j]·sin(π(j+1)(k+1)/(n+1))
//	type 2: y[k] = 2·Σ_j x[j]·sin(π(2j+1)(k+1)/(2n))
//	type 3: y[k] = (-1)^k·x[n-1] + 2·Σ_{j<n-1} x[j]·sin(π(j+1)(2k+1)/(2n))
//	type 4: y[k] = 2·Σ_j x[j]·sin(π(2j+1)(2k+1)/(4n))
//
// Forward divides by N = 2(n+1) for type 1 and 2n otherwise, Ortho by √N.
// Orthogonalisation (the default under Ortho) scales y[0] of type 2 by
// 1/√2 and x[0] of type 3 by √2, as SciPy 1.10 does; SciPy 1.11 and later
// scale y[n-1] and x[n-1] instead, which is what makes those two types
// orthogonal (scipy/scipy#18452). N, Overwrite and errors as in DCT, with
// no minimum length.
func DST(x []float64, o *TrigOptions) ([]float64, error) {
	return trig1D(x, o, false, true)
}

// IDST is the inverse of DST of the same type and norm, scipy.fft.idst.
func IDST(x []float64, o *TrigOptions) ([]float64, error) {
	return trig1D(x, o, false, false)
}

// DCT32 is DCT in single precision.
func DCT32(x []float32, o *TrigOptions) ([]float32, error) {
	return trig1D(x, o, true, true)
}

// IDCT32 is IDCT in single precision.
func IDCT32(x []float32, o *TrigOptions) ([]float32, error) {
	return trig1D(x, o, true, false)
}

// DST32 is DST in single precision.
func DST32(x []float32, o *TrigOptions) ([]float32, error) {
	return trig1D(x, o, false, true)
}

// IDST32 is IDST in single precision.
func IDST32(x []float32, o *TrigOptions) ([]float32, error) {
	return trig1D(x, o, false, false)
}

// DCTN returns the N-D DCT of x (row-major, the given shape),
// scipy.fft.dctn: the DCT of TrigNDOptions.Type along each axis of Axes
// (all by default) after cutting or padding them to S, normalised by the
// product of the axes' factors. It returns the result and its shape.
// Errors are those of DCT and FFTN.
func DCTN(x []float64, shape []int, o *TrigNDOptions) ([]float64, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), true, true)
}

// IDCTN is the inverse of DCTN, scipy.fft.idctn.
func IDCTN(x []float64, shape []int, o *TrigNDOptions) ([]float64, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), true, false)
}

// DSTN returns the N-D DST of x, scipy.fft.dstn, as DCTN does the DCT.
func DSTN(x []float64, shape []int, o *TrigNDOptions) ([]float64, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), false, true)
}

// IDSTN is the inverse of DSTN, scipy.fft.idstn.
func IDSTN(x []float64, shape []int, o *TrigNDOptions) ([]float64, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), false, false)
}

// DCTN32 is DCTN in single precision.
func DCTN32(x []float32, shape []int, o *TrigNDOptions) ([]float32, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), true, true)
}

// IDCTN32 is IDCTN in single precision.
func IDCTN32(x []float32, shape []int, o *TrigNDOptions) ([]float32, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), true, false)
}

// DSTN32 is DSTN in single precision.
func DSTN32(x []float32, shape []int, o *TrigNDOptions) ([]float32, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), false, true)
}

// IDSTN32 is IDSTN in single precision.
func IDSTN32(x []float32, shape []int, o *TrigNDOptions) ([]float32, []int, error) {
	return trigND(x, shape, trigNDArgsOf(o), false, false)
}
