package stats

import (
	"math"
	"math/rand/v2"
)

// Triang is the triangular distribution with mode c (0 ≤ c ≤ 1),
// scipy.stats.triang(c, loc, scale): on [loc, loc+scale], rising linearly
// to its mode at loc + c·scale and falling to 0 at loc+scale,
//
//	CDF(x) = y²/c for y < c,  1 - (1-y)²/(1-c) for y ≥ c.
//
// The complements are written as sums of positive terms (SF(y) = (1-c) +
// (c-y)(c+y)/c below the mode), so neither tail cancels.
type Triang struct {
	continuous
	c float64
}

// NewTriang returns the triangular distribution with mode parameter c. It
// returns an ErrValue error unless 0 ≤ c ≤ 1, loc is finite and scale is
// positive and finite.
func NewTriang(c, loc, scale float64) (*Triang, error) {
	if !(c >= 0 && c <= 1) {
		return nil, newErr(ErrValue, "NewTriang", "c", "must be in [0, 1], got %v", c)
	}
	if err := checkLocScale("NewTriang", loc, scale); err != nil {
		return nil, err
	}
	return &Triang{continuous{std: triangStd{c}, loc: loc, scale: scale}, c}, nil
}

type triangStd struct{ c float64 }

func (triangStd) support() (float64, float64) { return 0, 1 }

func (d triangStd) pdf(y float64) float64 {
	switch {
	case math.IsNaN(y):
		return y
	case y < 0 || y > 1:
		return 0
	case y < d.c:
		return 2 * y / d.c
	case d.c == 1:
		return 2 * y
	}
	return 2 * (1 - y) / (1 - d.c)
}

func (d triangStd) logpdf(y float64) float64 { return math.Log(d.pdf(y)) }

func (d triangStd) cdf(y float64) float64 {
	switch {
	case y <= 0:
		return 0
	case y >= 1:
		return 1
	case y < d.c:
		return y * y / d.c
	}
	// 1 - (1-y)²/(1-c) = c + (y-c)(2-c-y)/(1-c).
	return d.c + (y-d.c)*((1-d.c)+(1-y))/(1-d.c)
}

func (d triangStd) sf(y float64) float64 {
	switch {
	case y <= 0:
		return 1
	case y >= 1:
		return 0
	case y < d.c:
		// 1 - y²/c = (1-c) + (c-y)(c+y)/c.
		return (1 - d.c) + (d.c-y)*(d.c+y)/d.c
	}
	return (1 - y) * (1 - y) / (1 - d.c)
}

func (d triangStd) logcdf(y float64) float64 {
	if c := d.cdf(y); c > 0.5 {
		return math.Log1p(-d.sf(y))
	}
	if y > 0 && y < d.c {
		return 2*math.Log(y) - math.Log(d.c) // y² may underflow
	}
	return math.Log(d.cdf(y))
}

func (d triangStd) logsf(y float64) float64 {
	if s := d.sf(y); s > 0.5 {
		return math.Log1p(-d.cdf(y))
	}
	if y >= d.c && y < 1 {
		return 2*math.Log1p(-y) - math.Log1p(-d.c)
	}
	return math.Log(d.sf(y))
}

// ppf is √(q·c) below the mode and 1 - √((1-q)(1-c)) above, written as
// u/(1 + √(1-u)) with u = c + q(1-c) so that it does not cancel near 0
// (c = 0).
func (d triangStd) ppf(q float64) float64 {
	if q < d.c {
		return math.Sqrt(q * d.c)
	}
	u := d.c + q*(1-d.c)
	return u / (1 + math.Sqrt((1-q)*(1-d.c)))
}

// isf is 1 - √(q(1-c)) above the mode, as u/(1 + √(1-u)) with
// u = (1-q) + q·c, and √((1-q)·c) below.
func (d triangStd) isf(q float64) float64 {
	if q <= 1-d.c {
		u := (1 - q) + q*d.c
		return u / (1 + math.Sqrt(q*(1-d.c)))
	}
	return math.Sqrt((1 - q) * d.c)
}

// stats: mean (1+c)/3, variance (1-c+c²)/18, skewness
// √2(2c-1)(c+1)(c-2)/(5(1-c+c²)^(3/2)), excess kurtosis -3/5.
func (d triangStd) stats() (mean, variance, skew, kurt float64) {
	c := d.c
	w := 1 - c + c*c
	return (1 + c) / 3, w / 18, math.Sqrt2 * (2*c - 1) * (c + 1) * (c - 2) / (5 * math.Pow(w, 1.5)), -0.6
}

// entropy is 1/2 - log 2.
func (triangStd) entropy() float64 { return 0.5 - math.Ln2 }

// rawMoment is 2·Σ_{k≤n} c^k/((n+1)(n+2)) = 2(1-c^(n+1))/((1-c)(n+1)(n+2)).
func (d triangStd) rawMoment(n int) float64 {
	var s, ck float64 = 0, 1
	for k := 0; k <= n; k++ {
		s += ck
		ck *= d.c
	}
	return 2 * s / float64((n+1)*(n+2))
}

func (d triangStd) rand(r *rand.Rand) float64 { return d.ppf(openUnit(r)) }
