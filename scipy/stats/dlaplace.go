package stats

import "math"

// DLaplace is the discrete Laplacian distribution, scipy.stats.dlaplace(a,
// loc):
//
//	PMF(k) = tanh(a/2)·e^(-a|k|),  k = 0, ±1, ±2, … (shifted by loc), a > 0.
//
// With z = e^(-a): SF(k) = z^(k+1)/(1+z) and CDF(k) = (1 - z·expm1(-a·k))/(1+z)
// for k ≥ 0, and the mirror images below 0, so both tails are direct.
type DLaplace struct{ discrete }

var _ Discrete = (*DLaplace)(nil)

// NewDLaplace returns the discrete Laplacian distribution with a > 0,
// shifted by loc. It returns an ErrValue error naming the argument for an
// a that is not positive and finite, or a non-finite loc.
func NewDLaplace(a, loc float64) (*DLaplace, error) {
	const fn = "NewDLaplace"
	if !(a > 0) || math.IsInf(a, 1) {
		return nil, newErr(ErrValue, fn, "a", "must be positive and finite, got %v", a)
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	z := math.Exp(-a)
	// log tanh(a/2) = log((1-z)/(1+z)), with log1p for large a.
	lt := math.Log(math.Tanh(a / 2))
	if a > 1 {
		lt = math.Log1p(-z) - math.Log1p(z)
	}
	return &DLaplace{newDiscrete(dlaplaceStd{a: a, z: z, logTanh: lt}, loc)}, nil
}

// dlaplaceStd is the discrete Laplacian distribution with loc 0.
type dlaplaceStd struct{ a, z, logTanh float64 }

func (dlaplaceStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }
func (d dlaplaceStd) logpmf(k float64) float64  { return d.logTanh - d.a*math.Abs(k) }
func (d dlaplaceStd) pmf(k float64) float64     { return math.Exp(d.logpmf(k)) }

// upper is P(Y > j) for j ≥ 0.
func (d dlaplaceStd) upper(j float64) float64 { return math.Exp(-d.a*(j+1)) / (1 + d.z) }

// lowerComp is P(Y ≤ j) for j ≥ 0.
func (d dlaplaceStd) lowerComp(j float64) float64 { return (1 - d.z*math.Expm1(-d.a*j)) / (1 + d.z) }

func (d dlaplaceStd) cdf(k float64) float64 {
	if k >= 0 {
		return d.lowerComp(k)
	}
	return d.upper(-k - 1) // P(Y ≤ k) = P(Y ≥ -k) = P(Y > -k-1)
}

func (d dlaplaceStd) sf(k float64) float64 {
	if k >= 0 {
		return d.upper(k)
	}
	return d.lowerComp(-k - 1)
}

func (d dlaplaceStd) ppf(q float64) float64 { return discretePPF(d, q, 0) }
func (d dlaplaceStd) isf(q float64) float64 { return discreteISF(d, q, 0) }

// stats: variance 2z/(1-z)², excess kurtosis (1+4z+z²)/(2z), from SciPy's
// moments written in z = e^(-a) (SciPy's e^a overflows beyond a = 709).
func (d dlaplaceStd) stats() (mean, variance, skew, kurt float64) {
	z := d.z
	omz := -math.Expm1(-d.a)
	return 0, 2 * z / (omz * omz), 0, (1 + 4*z + z*z) / (2 * z)
}

// entropy is a/sinh(a) - log tanh(a/2), as SciPy.
func (d dlaplaceStd) entropy() float64 { return d.a/math.Sinh(d.a) - d.logTanh }

// rawMoment is 0 for odd n and, for even n, 2·tanh(a/2)·Σ_{k≥1} kⁿzᵏ =
// 2z·Aₙ(z)/((1+z)(1-z)ⁿ) with the Eulerian polynomial Aₙ (positive
// coefficients, no cancellation).
func (d dlaplaceStd) rawMoment(n int) float64 {
	if n%2 == 1 {
		return 0
	}
	// Eulerian numbers A(n, m), m = 0…n-1, by A(n, m) = (m+1)A(n-1, m) +
	// (n-m)A(n-1, m-1).
	e := make([]float64, n)
	e[0] = 1
	for r := 2; r <= n; r++ {
		for m := r - 1; m >= 1; m-- {
			e[m] = float64(m+1)*e[m] + float64(r-m)*e[m-1]
		}
	}
	var poly float64
	for m := n - 1; m >= 0; m-- {
		poly = poly*d.z + e[m]
	}
	omz := -math.Expm1(-d.a)
	return 2 * d.z * poly / ((1 + d.z) * math.Pow(omz, float64(n)))
}

func (dlaplaceStd) mode() float64 { return 0 }

func (d dlaplaceStd) ratio(k float64) float64 {
	if k >= 0 {
		return d.z
	}
	return 1 / d.z
}
