package stats

import "math/rand/v2"

// mirrored is the distribution of -Y for a standard distribution Y: GumbelL
// is the mirror of GumbelR, WeibullMax of WeibullMin, as in SciPy. Every
// function maps exactly (CDF of -Y is SF of Y), so no accuracy is lost.
type mirrored struct{ s standard }

func (m mirrored) support() (float64, float64) {
	a, b := m.s.support()
	return -b, -a
}
func (m mirrored) pdf(y float64) float64    { return m.s.pdf(-y) }
func (m mirrored) logpdf(y float64) float64 { return m.s.logpdf(-y) }
func (m mirrored) cdf(y float64) float64    { return m.s.sf(-y) }
func (m mirrored) logcdf(y float64) float64 { return m.s.logsf(-y) }
func (m mirrored) sf(y float64) float64     { return m.s.cdf(-y) }
func (m mirrored) logsf(y float64) float64  { return m.s.logcdf(-y) }
func (m mirrored) ppf(q float64) float64    { return -m.s.isf(q) }
func (m mirrored) isf(q float64) float64    { return -m.s.ppf(q) }
func (m mirrored) stats() (mean, variance, skew, kurt float64) {
	mean, variance, skew, kurt = m.s.stats()
	return -mean, variance, -skew, kurt
}
func (m mirrored) entropy() float64 { return m.s.entropy() }
func (m mirrored) rawMoment(n int) float64 {
	if n%2 == 1 {
		return -m.s.rawMoment(n)
	}
	return m.s.rawMoment(n)
}
func (m mirrored) rand(r *rand.Rand) float64 { return -m.s.rand(r) }
