package special

import "math"

// Logsumexp returns log(Σᵢ bᵢ·exp(aᵢ)) computed without overflow
// (scipy.special.logsumexp over a 1-D array). b holds optional weights: nil
// means all ones, otherwise len(b) must equal len(a); entries with bᵢ = 0
// are left out even when aᵢ is ±Inf or NaN, as in SciPy. A negative sum
// gives NaN; LogsumexpSign returns its logarithm and sign instead.
//
// The sum is shifted by max(a) as in SciPy, and the shifted maximal term
// (exactly bₘ) is kept apart: log(bₘ) + log1p(rest/bₘ), with the rest summed
// with compensation. So Logsumexp([0, -40]) is 4.2e-18, not SciPy's 0 (such
// points are checked against mpmath).
//
// It returns an error of kind ErrEmpty for empty a (SciPy raises) and
// ErrShape when b's length differs from a's.
//
// Special cases are (as SciPy's):
//
//	Logsumexp with all aᵢ = -Inf (or all bᵢ = 0) = -Inf
//	Logsumexp with some aᵢ = +Inf and no NaN = +Inf (NaN if weights of
//	opposite signs meet at +Inf)
//	Logsumexp with a NaN aᵢ (with bᵢ ≠ 0) = NaN
func Logsumexp(a, b []float64) (float64, error) {
	r, sign, err := LogsumexpSign(a, b)
	if err != nil {
		return math.NaN(), err
	}
	if sign < 0 {
		return math.NaN(), nil // log of a negative sum, as SciPy
	}
	return r, nil
}

// LogsumexpSign is Logsumexp with SciPy's return_sign=True: it returns
// log|Σᵢ bᵢ·exp(aᵢ)| and the sign of the sum (1, -1, 0 for a zero sum, whose
// logarithm is -Inf, or NaN), so that negative weights are usable.
func LogsumexpSign(a, b []float64) (res, sign float64, err error) {
	if len(a) == 0 {
		return math.NaN(), math.NaN(), newError(ErrEmpty, "a", "Logsumexp of an empty slice")
	}
	if b != nil && len(b) != len(a) {
		return math.NaN(), math.NaN(), newError(ErrShape, "b", "len(b) = %d, want len(a) = %d", len(b), len(a))
	}
	weight := func(i int) float64 {
		if b == nil {
			return 1
		}
		return b[i]
	}
	// Maximum over the terms that count (bᵢ ≠ 0), NaN-propagating like
	// np.amax, and its index.
	amax, im := math.Inf(-1), -1
	for i, v := range a {
		if weight(i) == 0 {
			continue
		}
		if math.IsNaN(v) {
			amax, im = v, i
			break
		}
		if v > amax || im < 0 {
			amax, im = v, i
		}
	}
	if im < 0 || !isFinite(amax) {
		return logsumexpPlain(a, weight)
	}
	// Σᵢ bᵢe^(aᵢ-amax) = bₘ + rest; rest summed with Neumaier's compensation.
	bm := weight(im)
	var rest, comp float64
	for i, v := range a {
		w := weight(i)
		if i == im || w == 0 {
			continue
		}
		t := w * math.Exp(v-amax)
		s := rest + t
		if math.Abs(rest) >= math.Abs(t) {
			comp += (rest - s) + t
		} else {
			comp += (t - s) + rest
		}
		rest = s
	}
	rest += comp
	u := rest / bm
	if u > -1 {
		sign = math.Copysign(1, bm)
		return math.Log(math.Abs(bm)) + math.Log1p(u) + amax, sign, nil
	}
	s := bm + rest
	switch {
	case s > 0:
		sign = 1
	case s < 0:
		sign = -1
	case s == 0:
		sign = 0
	default:
		sign = math.NaN()
	}
	return math.Log(math.Abs(s)) + amax, sign, nil
}

// logsumexpPlain is SciPy's formula, used when max(a) is not finite (or all
// weights are zero): the shift is then 0 and the infinities and NaNs of
// exp(aᵢ) decide the result.
func logsumexpPlain(a []float64, weight func(int) float64) (float64, float64, error) {
	var s float64
	for i, v := range a {
		w := weight(i)
		if w == 0 {
			continue // SciPy sets aᵢ = -Inf there: the term is exactly 0
		}
		s += w * math.Exp(v)
	}
	sign := math.NaN()
	switch {
	case s > 0:
		sign = 1
	case s < 0:
		sign = -1
	case s == 0:
		sign = 0
	}
	return math.Log(math.Abs(s)), sign, nil
}

// Softmax returns exp(xᵢ)/Σⱼ exp(xⱼ) for each element of x
// (scipy.special.softmax over a 1-D array) in a new slice, computed with
// SciPy's shift by max(x): an infinite or NaN maximum gives NaN
// everywhere, as in SciPy. It returns an error of kind ErrEmpty for empty
// x (SciPy raises).
func Softmax(x []float64) ([]float64, error) {
	if len(x) == 0 {
		return nil, newError(ErrEmpty, "x", "Softmax of an empty slice")
	}
	xmax := npMax(x)
	out := make([]float64, len(x))
	var s float64
	for i, v := range x {
		e := math.Exp(v - xmax)
		out[i] = e
		s += e
	}
	for i := range out {
		out[i] /= s
	}
	return out, nil
}

// LogSoftmax returns xᵢ - log Σⱼ exp(xⱼ) for each element of x
// (scipy.special.log_softmax over a 1-D array) in a new slice. As in
// Logsumexp, the maximal term is kept apart (log1p of the rest), so that
// LogSoftmax([0, -40])[0] is -4.2e-18 rather than SciPy's 0. It returns an
// error of kind ErrEmpty for empty x (SciPy raises).
//
// Special cases are (as SciPy's): a +Inf element gives NaN there and -Inf
// elsewhere; a NaN gives NaN everywhere; all -Inf gives NaN everywhere.
func LogSoftmax(x []float64) ([]float64, error) {
	if len(x) == 0 {
		return nil, newError(ErrEmpty, "x", "LogSoftmax of an empty slice")
	}
	xmax := npMax(x)
	out := make([]float64, len(x))
	if !isFinite(xmax) {
		// SciPy: shift 0, out = x - log Σ exp(x).
		var s float64
		for _, v := range x {
			s += math.Exp(v)
		}
		ls := math.Log(s)
		for i, v := range x {
			out[i] = v - ls
		}
		return out, nil
	}
	im := 0
	for i, v := range x {
		if v == xmax {
			im = i
			break
		}
	}
	var rest, comp float64
	for i, v := range x {
		if i == im {
			continue
		}
		t := math.Exp(v - xmax)
		s := rest + t
		if rest >= t {
			comp += (rest - s) + t
		} else {
			comp += (t - s) + rest
		}
		rest = s
	}
	ls := math.Log1p(rest + comp)
	for i, v := range x {
		out[i] = (v - xmax) - ls
	}
	return out, nil
}

// npMax is np.amax of a non-empty slice: the maximum, or NaN if any
// element is NaN.
func npMax(x []float64) float64 {
	m := x[0]
	for _, v := range x {
		if math.IsNaN(v) {
			return v
		}
		if v > m {
			m = v
		}
	}
	return m
}
