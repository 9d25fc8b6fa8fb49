package stats

import (
	"math"
	"math/rand/v2"

	"github.com/goscipy/goscipy/scipy/special"
)

// Norm is the normal (Gaussian) distribution with mean loc and standard
// deviation scale, scipy.stats.norm(loc, scale):
//
//	PDF(x) = exp(-y²/2) / (scale·√(2π)),  y = (x - loc)/scale.
//
// CDF, SF and their logarithms come from special.Ndtr and special.LogNdtr,
// so the tails are right to about 1e-14 relative (SF(40) = 3.7e-350 is 0
// in float64, LogSF(40) = -804.6 is not); PPF and ISF from special.Ndtri.
type Norm struct{ continuous }

var _ Continuous = (*Norm)(nil)

// NewNorm returns the normal distribution with mean loc and standard
// deviation scale. It returns an ErrValue error unless loc is finite and
// scale is positive and finite.
func NewNorm(loc, scale float64) (*Norm, error) {
	if err := checkLocScale("NewNorm", loc, scale); err != nil {
		return nil, err
	}
	return &Norm{continuous{std: normStd{}, loc: loc, scale: scale}}, nil
}

// CDF is P(X ≤ x) = special.Ndtr((x-loc)/scale), called directly rather
// than through the embedded distribution's interface (a third of the time
// per point in a loop).
func (d Norm) CDF(x float64) float64 { return special.Ndtr((x - d.loc) / d.scale) }

// PPF is the quantile function loc + scale·special.Ndtri(q): -Inf at 0,
// +Inf at 1 and NaN outside [0, 1] (NaN included), as the embedded
// distribution's PPF, called directly.
func (d Norm) PPF(q float64) float64 { return d.loc + d.scale*special.Ndtri(q) }

// normStd is the standard normal distribution.
type normStd struct{}

// lnSqrt2Pi is log(√(2π)).
const lnSqrt2Pi = 0.91893853320467274178032973640562

func (normStd) support() (float64, float64) { return math.Inf(-1), math.Inf(1) }

// pdf is exp(-y²/2)/√(2π) through expHalfSq, which splits y² into its
// rounded value and the rounding error: in the tails the rounding of y²
// alone would cost up to y²/2 ulps of relative accuracy (about 1e-13 at
// y = 30), which SciPy's plain formula loses.
func (normStd) pdf(y float64) float64 { return expHalfSq(y) / math.Sqrt(2*math.Pi) }

func (normStd) logpdf(y float64) float64 { return -0.5*y*y - lnSqrt2Pi }
func (normStd) cdf(y float64) float64    { return special.Ndtr(y) }
func (normStd) logcdf(y float64) float64 { return special.LogNdtr(y) }
func (normStd) sf(y float64) float64     { return special.Ndtr(-y) }
func (normStd) logsf(y float64) float64  { return special.LogNdtr(-y) }
func (normStd) ppf(q float64) float64    { return special.Ndtri(q) }

// isf uses the symmetry ISF(q) = -PPF(q), exact in floating point.
func (normStd) isf(q float64) float64 { return -special.Ndtri(q) }

func (normStd) stats() (mean, variance, skew, kurt float64) { return 0, 1, 0, 0 }

// entropy is (1 + log 2π)/2.
func (normStd) entropy() float64 { return 0.5 + lnSqrt2Pi }

// rawMoment is 0 for odd n and (n-1)!! for even n.
func (normStd) rawMoment(n int) float64 {
	if n%2 == 1 {
		return 0
	}
	m := 1.0
	for k := n - 1; k > 1; k -= 2 {
		m *= float64(k)
	}
	return m
}

func (normStd) rand(r *rand.Rand) float64 { return r.NormFloat64() }
