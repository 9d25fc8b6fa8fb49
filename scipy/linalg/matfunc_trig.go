package linalg

import (
	"gonum.org/v1/gonum/mat"
)

// The trigonometric and hyperbolic matrix functions follow SciPy's
// formulas through the matrix exponential: for real a, cos(a) = Re e^{ia}
// and sin(a) = Im e^{ia} (one complex exponential); for complex a,
// cos(a) = (e^{ia} + e^{−ia})/2 and sin(a) = −i(e^{ia} − e^{−ia})/2;
// cosh(a) = (e^a + e^{−a})/2, sinh(a) = (e^a − e^{−a})/2; tan(a) and
// tanh(a) solve cos(a)·X = sin(a) and cosh(a)·X = sinh(a) by LU. Their
// accuracy is that of Expm/ExpmC, and the subtraction in sinh loses
// relative accuracy for small ‖a‖ (as in SciPy).

// mfExpmC is ExpmC of the n×n row-major f scaled by c, with errors
// attributed to fn.
func mfExpmC(fn string, n int, f []complex128, c complex128) ([]complex128, error) {
	d := make([]complex128, n*n)
	for i, v := range f {
		d[i] = c * v
	}
	e, err := ExpmC(mat.NewCDense(n, n, d), &Options{SkipFiniteCheck: true})
	if err != nil {
		if ee, ok := err.(*Error); ok {
			ee.Func = fn
		}
		return nil, err
	}
	out := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			out[i*n+j] = e.At(i, j)
		}
	}
	return out, nil
}

// mfEiA returns e^{ia} for the real a as a complex row-major slice.
func mfEiA(fn string, a mat.Matrix) ([]complex128, int, error) {
	f, n, err := mfInput(fn, a)
	if err != nil || n == 0 {
		return nil, n, err
	}
	e, err := mfExpmC(fn, n, f, 1i)
	return e, n, err
}

// Cosm returns the matrix cosine of the real square matrix a, like
// scipy.linalg.cosm: Re e^{ia} by ExpmC. Errors: ErrShape if a is not
// square, ErrNotFinite, and those of ExpmC. An empty a gives an empty
// result. a is not modified.
func Cosm(a mat.Matrix) (x *mat.Dense, err error) {
	const fn = "Cosm"
	defer recoverTo(fn, &err)
	e, n, err := mfEiA(fn, a)
	if err != nil {
		return nil, err
	}
	out := make([]float64, n*n)
	for i, v := range e {
		out[i] = real(v)
	}
	return newDense(n, n, out), nil
}

// Sinm returns the matrix sine of the real square matrix a, like
// scipy.linalg.sinm: Im e^{ia} by ExpmC. Errors as Cosm. a is not
// modified.
func Sinm(a mat.Matrix) (x *mat.Dense, err error) {
	const fn = "Sinm"
	defer recoverTo(fn, &err)
	e, n, err := mfEiA(fn, a)
	if err != nil {
		return nil, err
	}
	out := make([]float64, n*n)
	for i, v := range e {
		out[i] = imag(v)
	}
	return newDense(n, n, out), nil
}

// Tanm returns the matrix tangent of the real square matrix a, like
// scipy.linalg.tanm: the solution X of cos(a)·X = sin(a). Errors as Cosm,
// and ErrSingular when cos(a) is singular (a has an eigenvalue at an odd
// multiple of π/2). a is not modified.
func Tanm(a mat.Matrix) (x *mat.Dense, err error) {
	const fn = "Tanm"
	defer recoverTo(fn, &err)
	e, n, err := mfEiA(fn, a)
	if err != nil || n == 0 {
		if err != nil {
			return nil, err
		}
		return &mat.Dense{}, nil
	}
	c, s := make([]float64, n*n), make([]float64, n*n)
	for i, v := range e {
		c[i], s[i] = real(v), imag(v)
	}
	return mfTrigSolve(fn, "cos(a)", n, c, s)
}

// mfTrigSolve solves c·X = s for real n×n c and s (n > 0).
func mfTrigSolve(fn, what string, n int, c, s []float64) (*mat.Dense, error) {
	res, err := Solve(mat.NewDense(n, n, c), mat.NewDense(n, n, s), &SolveOptions{SkipFiniteCheck: true})
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Func, e.Arg = fn, "a"
			if e.Kind == ErrSingular {
				e.Message = what + " is singular, so the quotient is undefined"
			}
		}
		return nil, err
	}
	return res.X, nil
}

// mfExpPair returns e^a and e^{−a} for the real a (n > 0 on success).
func mfExpPair(fn string, a mat.Matrix) (ep, em *mat.Dense, n int, err error) {
	n, err = square(fn, "a", a)
	if err != nil {
		return nil, nil, 0, err
	}
	f, _, _, err := denseCopy(fn, "a", a, false)
	if err != nil || n == 0 {
		return nil, nil, n, err
	}
	pos := mat.NewDense(n, n, f)
	var neg mat.Dense
	neg.Scale(-1, pos)
	ep, err = Expm(pos, &Options{SkipFiniteCheck: true})
	if err == nil {
		em, err = Expm(&neg, &Options{SkipFiniteCheck: true})
	}
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Func = fn
		}
		return nil, nil, 0, err
	}
	return ep, em, n, nil
}

// mfCoshSinh returns cosh(a) and sinh(a) as row-major slices.
func mfCoshSinh(fn string, a mat.Matrix) (ch, sh []float64, n int, err error) {
	ep, em, n, err := mfExpPair(fn, a)
	if err != nil || n == 0 {
		return nil, nil, n, err
	}
	ch, sh = make([]float64, n*n), make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			p, m := ep.At(i, j), em.At(i, j)
			ch[i*n+j] = 0.5 * (p + m)
			sh[i*n+j] = 0.5 * (p - m)
		}
	}
	return ch, sh, n, nil
}

// Coshm returns the hyperbolic matrix cosine of the real square matrix a,
// like scipy.linalg.coshm: (e^a + e^{−a})/2 by Expm. Errors: ErrShape if a
// is not square, ErrNotFinite, and those of Expm. An empty a gives an empty
// result. a is not modified.
func Coshm(a mat.Matrix) (x *mat.Dense, err error) {
	const fn = "Coshm"
	defer recoverTo(fn, &err)
	ch, _, n, err := mfCoshSinh(fn, a)
	if err != nil {
		return nil, err
	}
	return newDense(n, n, ch), nil
}

// Sinhm returns the hyperbolic matrix sine of the real square matrix a,
// like scipy.linalg.sinhm: (e^a − e^{−a})/2 by Expm. Errors as Coshm. a is
// not modified.
func Sinhm(a mat.Matrix) (x *mat.Dense, err error) {
	const fn = "Sinhm"
	defer recoverTo(fn, &err)
	_, sh, n, err := mfCoshSinh(fn, a)
	if err != nil {
		return nil, err
	}
	return newDense(n, n, sh), nil
}

// Tanhm returns the hyperbolic matrix tangent of the real square matrix a,
// like scipy.linalg.tanhm: the solution X of cosh(a)·X = sinh(a). Errors
// as Coshm, and ErrSingular when cosh(a) is singular. a is not modified.
func Tanhm(a mat.Matrix) (x *mat.Dense, err error) {
	const fn = "Tanhm"
	defer recoverTo(fn, &err)
	ch, sh, n, err := mfCoshSinh(fn, a)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.Dense{}, nil
	}
	return mfTrigSolve(fn, "cosh(a)", n, ch, sh)
}

// mfCplxExpPair returns e^{c·a} and e^{−c·a} for the complex a.
func mfCplxExpPair(fn string, a mat.CMatrix, c complex128) (ep, em []complex128, n int, err error) {
	f, n, err := mfInputC(fn, a)
	if err != nil || n == 0 {
		return nil, nil, n, err
	}
	if ep, err = mfExpmC(fn, n, f, c); err != nil {
		return nil, nil, 0, err
	}
	if em, err = mfExpmC(fn, n, f, -c); err != nil {
		return nil, nil, 0, err
	}
	return ep, em, n, nil
}

// mfCplxCombine returns alpha·(ep + sgn·em) elementwise.
func mfCplxCombine(ep, em []complex128, sgn, alpha complex128) []complex128 {
	out := make([]complex128, len(ep))
	for i := range ep {
		out[i] = alpha * (ep[i] + sgn*em[i])
	}
	return out
}

// CosmC returns the matrix cosine of the complex square matrix a, like
// scipy.linalg.cosm with complex input: (e^{ia} + e^{−ia})/2 by ExpmC.
// Errors: ErrShape if a is not square, ErrNotFinite, and those of ExpmC.
// a is not modified.
func CosmC(a mat.CMatrix) (x *mat.CDense, err error) {
	const fn = "CosmC"
	defer recoverTo(fn, &err)
	ep, em, n, err := mfCplxExpPair(fn, a, 1i)
	if err != nil {
		return nil, err
	}
	return newCDense(n, n, mfCplxCombine(ep, em, 1, 0.5)), nil
}

// SinmC returns the matrix sine of the complex square matrix a, like
// scipy.linalg.sinm with complex input: −i(e^{ia} − e^{−ia})/2 by ExpmC.
// Errors as CosmC. a is not modified.
func SinmC(a mat.CMatrix) (x *mat.CDense, err error) {
	const fn = "SinmC"
	defer recoverTo(fn, &err)
	ep, em, n, err := mfCplxExpPair(fn, a, 1i)
	if err != nil {
		return nil, err
	}
	return newCDense(n, n, mfCplxCombine(ep, em, -1, -0.5i)), nil
}

// TanmC returns the matrix tangent of the complex square matrix a, like
// scipy.linalg.tanm with complex input: X with cos(a)·X = sin(a). Errors
// as CosmC, and ErrSingular when cos(a) is singular. a is not modified.
func TanmC(a mat.CMatrix) (x *mat.CDense, err error) {
	const fn = "TanmC"
	defer recoverTo(fn, &err)
	ep, em, n, err := mfCplxExpPair(fn, a, 1i)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.CDense{}, nil
	}
	return mfCplxQuotient(fn, "cos(a)", n, mfCplxCombine(ep, em, 1, 0.5), mfCplxCombine(ep, em, -1, -0.5i))
}

// mfCplxQuotient solves c·X = s for complex n×n c and s (n > 0).
func mfCplxQuotient(fn, what string, n int, c, s []complex128) (*mat.CDense, error) {
	x, err := mfSolve(fn, n, c, s)
	if err != nil {
		if e, ok := err.(*Error); ok && e.Kind == ErrSingular {
			e.Message = what + " is singular, so the quotient is undefined"
		}
		return nil, err
	}
	return mat.NewCDense(n, n, x), nil
}

// CoshmC returns the hyperbolic matrix cosine of the complex square matrix
// a, like scipy.linalg.coshm with complex input: (e^a + e^{−a})/2 by
// ExpmC. Errors as CosmC. a is not modified.
func CoshmC(a mat.CMatrix) (x *mat.CDense, err error) {
	const fn = "CoshmC"
	defer recoverTo(fn, &err)
	ep, em, n, err := mfCplxExpPair(fn, a, 1)
	if err != nil {
		return nil, err
	}
	return newCDense(n, n, mfCplxCombine(ep, em, 1, 0.5)), nil
}

// SinhmC returns the hyperbolic matrix sine of the complex square matrix a,
// like scipy.linalg.sinhm with complex input: (e^a − e^{−a})/2 by ExpmC.
// Errors as CosmC. a is not modified.
func SinhmC(a mat.CMatrix) (x *mat.CDense, err error) {
	const fn = "SinhmC"
	defer recoverTo(fn, &err)
	ep, em, n, err := mfCplxExpPair(fn, a, 1)
	if err != nil {
		return nil, err
	}
	return newCDense(n, n, mfCplxCombine(ep, em, -1, 0.5)), nil
}

// TanhmC returns the hyperbolic matrix tangent of the complex square
// matrix a, like scipy.linalg.tanhm with complex input: X with
// cosh(a)·X = sinh(a). Errors as CosmC, and ErrSingular when cosh(a) is
// singular. a is not modified.
func TanhmC(a mat.CMatrix) (x *mat.CDense, err error) {
	const fn = "TanhmC"
	defer recoverTo(fn, &err)
	ep, em, n, err := mfCplxExpPair(fn, a, 1)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return &mat.CDense{}, nil
	}
	return mfCplxQuotient(fn, "cosh(a)", n, mfCplxCombine(ep, em, 1, 0.5), mfCplxCombine(ep, em, -1, 0.5))
}
