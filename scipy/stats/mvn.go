package stats

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// MultivariateNormalOptions are the options of NewMultivariateNormal; nil
// is SciPy's default (a singular covariance is an error).
type MultivariateNormalOptions struct {
	// AllowSingular accepts a singular (positive semidefinite) covariance,
	// SciPy's allow_singular: the density is then taken with respect to
	// the Lebesgue measure on the support, the affine subspace mean +
	// range(cov), using the pseudo-determinant and pseudo-inverse.
	AllowSingular bool
}

// MultivariateNormal is the multivariate normal distribution with a fixed
// mean and covariance, SciPy's frozen scipy.stats.multivariate_normal.
//
// The covariance is factorized once by a symmetric eigendecomposition, as
// SciPy's _PSD does: eigenvalues at most eps = 1e6·ε·max|λ| (ε = 2⁻⁵²) are
// zero, which decides the rank, the pseudo-determinant and the
// pseudo-inverse. When the covariance has full rank the density and
// entropy use its Cholesky factor instead, whose rounding error does not
// grow with the spread of the variances (SciPy's eigenvalues of a
// covariance with variances from 1e-4 to 1e4 lose 1e-11 in the log
// determinant). A MultivariateNormal is immutable and safe for concurrent
// use (give each goroutine its own *rand.Rand for Rand).
type MultivariateNormal struct {
	dim     int
	mean    []float64
	cov     []float64 // dim×dim row-major, symmetric
	rank    int
	logPDet float64   // sum of the logs of the eigenvalues above eps
	white   []float64 // dim×dim: column k is eigenvector k / sqrt(λk), or 0 when λk ≤ eps
	color   []float64 // dim×dim: column k is eigenvector k · sqrt(λk), or 0 when λk ≤ eps
	chol    []float64 // dim×dim lower Cholesky factor of cov when rank == dim, else nil
	null    []float64 // dim×nNull: the eigenvectors with λk ≤ eps
	nNull   int
	suppEps float64 // 1e3·eps: the distance from the support beyond which a point is outside
}

// NewMultivariateNormal returns the multivariate normal distribution with
// the given mean and covariance, scipy.stats.multivariate_normal(mean,
// cov, allow_singular). Either may be nil: a nil mean is the zero vector
// of cov's dimension, a nil cov the identity of mean's dimension, and both
// nil the 1-D standard normal (SciPy's defaults). mean and cov are copied.
//
// cov must be symmetric (an At(i, j) that differs from At(j, i) by more
// than 1e-12 relative is rejected; the lower triangle is used) and
// positive semidefinite up to the eigenvalue cutoff above.
//
// Errors: ErrEmpty for a zero dimension; ErrShape when len(mean) differs
// from cov's dimension; ErrValue for a non-finite mean or cov, a
// non-symmetric cov, a cov with an eigenvalue below -eps (SciPy: "must be
// symmetric positive semidefinite"), and a singular cov without
// AllowSingular (SciPy's LinAlgError).
func NewMultivariateNormal(mean []float64, cov mat.Symmetric, opts *MultivariateNormalOptions) (*MultivariateNormal, error) {
	const fn = "NewMultivariateNormal"
	var o MultivariateNormalOptions
	if opts != nil {
		o = *opts
	}
	if sd, ok := cov.(*mat.SymDense); ok && sd == nil {
		cov = nil
	}
	d := -1
	switch {
	case mean != nil:
		d = len(mean)
	case cov != nil:
		d = cov.SymmetricDim()
	default:
		d = 1
	}
	if d == 0 {
		arg := "mean"
		if mean == nil {
			arg = "cov"
		}
		return nil, newErr(ErrEmpty, fn, arg, "the distribution must have at least one dimension")
	}
	if cov != nil && cov.SymmetricDim() != d {
		return nil, newErr(ErrShape, fn, "cov", "is %d×%d but mean has length %d", cov.SymmetricDim(), cov.SymmetricDim(), d)
	}
	m := &MultivariateNormal{dim: d, mean: make([]float64, d), cov: make([]float64, d*d)}
	for i, v := range mean {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, newErr(ErrValue, fn, "mean", "element %d is %v; the mean must be finite", i, v)
		}
		m.mean[i] = v
	}
	for i := range d {
		for j := 0; j <= i; j++ {
			var v float64
			if cov == nil {
				if i == j {
					v = 1
				}
			} else {
				v = cov.At(i, j)
				u := cov.At(j, i)
				if math.IsNaN(v) || math.IsInf(v, 0) || math.IsNaN(u) || math.IsInf(u, 0) {
					return nil, newErr(ErrValue, fn, "cov", "element (%d, %d) is %v; the covariance must be finite", i, j, v)
				}
				if math.Abs(v-u) > 1e-12*(math.Abs(v)+math.Abs(u)) {
					return nil, newErr(ErrValue, fn, "cov", "is not symmetric: element (%d, %d) is %v but (%d, %d) is %v", i, j, v, j, i, u)
				}
			}
			m.cov[i*d+j] = v
			m.cov[j*d+i] = v
		}
	}

	var eig mat.EigenSym
	if !eig.Factorize(mat.NewSymDense(d, append([]float64(nil), m.cov...)), true) {
		return nil, newErr(ErrValue, fn, "cov", "the eigendecomposition did not converge")
	}
	lam := eig.Values(nil)
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	maxAbs := 0.0
	for _, l := range lam {
		maxAbs = math.Max(maxAbs, math.Abs(l))
	}
	eps := 1e6 * 0x1p-52 * maxAbs // SciPy's _eigvalsh_to_eps for float64
	m.white = make([]float64, d*d)
	m.color = make([]float64, d*d)
	for k, l := range lam {
		if l < -eps {
			return nil, newErr(ErrValue, fn, "cov", "is not positive semidefinite: eigenvalue %v is below -%v", l, eps)
		}
		if l > eps {
			m.rank++
			m.logPDet += math.Log(l)
			w, c := 1/math.Sqrt(l), math.Sqrt(l)
			for i := range d {
				v := vecs.At(i, k)
				m.white[i*d+k] = v * w
				m.color[i*d+k] = v * c
			}
		}
	}
	if m.rank == d {
		if l, ok := kdeCholesky(m.cov, d); ok {
			m.chol = l
			m.logPDet = 0
			for i := range d {
				m.logPDet += 2 * math.Log(l[i*d+i])
			}
		}
	}
	if m.rank < d {
		if !o.AllowSingular {
			return nil, newErr(ErrValue, fn, "cov", "is singular (rank %d of %d); set AllowSingular for a degenerate distribution", m.rank, d)
		}
		m.nNull = d - m.rank
		m.null = make([]float64, 0, d*m.nNull)
		for i := range d {
			for k, l := range lam {
				if !(l > eps) {
					m.null = append(m.null, vecs.At(i, k))
				}
			}
		}
		m.suppEps = 1e3 * eps
	}
	return m, nil
}

// Dim returns the dimension d of the distribution.
func (m *MultivariateNormal) Dim() int { return m.dim }

// Mean returns a copy of the mean vector (length Dim()).
func (m *MultivariateNormal) Mean() []float64 { return append([]float64(nil), m.mean...) }

// Cov returns a copy of the covariance matrix (Dim()×Dim()), SciPy's
// frozen .cov.
func (m *MultivariateNormal) Cov() *mat.SymDense {
	return mat.NewSymDense(m.dim, append([]float64(nil), m.cov...))
}

// checkX validates a point of the distribution's dimension.
func (m *MultivariateNormal) checkX(fn string, x []float64) (hasNaN bool, err error) {
	if len(x) != m.dim {
		return false, newErr(ErrShape, fn, "x", "has length %d, the distribution has dimension %d", len(x), m.dim)
	}
	for _, v := range x {
		if math.IsNaN(v) {
			return true, nil
		}
	}
	return false, nil
}

// LogPDF returns the log of the probability density at x (length Dim()),
// scipy.stats.multivariate_normal.logpdf: -(r·log 2π + log pdet(Σ) +
// (x-μ)ᵀΣ⁺(x-μ))/2 with r the rank of Σ. For a singular covariance (with
// AllowSingular) it is the density on the support and -Inf at points
// whose distance from the support is at least 1e3·eps (SciPy's test). A
// NaN in x gives NaN; ErrShape when len(x) ≠ Dim().
func (m *MultivariateNormal) LogPDF(x []float64) (float64, error) {
	hasNaN, err := m.checkX("MultivariateNormal.LogPDF", x)
	if err != nil || hasNaN {
		return math.NaN(), err
	}
	return m.logPDF(x), nil
}

func (m *MultivariateNormal) logPDF(x []float64) float64 {
	d := m.dim
	maha := 0.0
	if m.chol != nil {
		var buf [16]float64
		y := buf[:0]
		if d > len(buf) {
			y = make([]float64, d)
		} else {
			y = buf[:d]
		}
		for i := range d {
			s := x[i] - m.mean[i]
			for k := range i {
				s -= m.chol[i*d+k] * y[k]
			}
			y[i] = s / m.chol[i*d+i]
			maha += y[i] * y[i]
		}
		return -0.5 * (float64(d)*math.Log(2*math.Pi) + m.logPDet + maha)
	}
	for k := range d {
		s := 0.0
		for i := range d {
			s += (x[i] - m.mean[i]) * m.white[i*d+k]
		}
		maha += s * s
	}
	if m.nNull > 0 {
		res := 0.0
		for k := range m.nNull {
			s := 0.0
			for i := range d {
				s += (x[i] - m.mean[i]) * m.null[i*m.nNull+k]
			}
			res += s * s
		}
		if !(math.Sqrt(res) < m.suppEps) {
			return math.Inf(-1)
		}
	}
	return -0.5 * (float64(m.rank)*math.Log(2*math.Pi) + m.logPDet + maha)
}

// PDF returns the probability density at x (length Dim()),
// scipy.stats.multivariate_normal.pdf: exp(LogPDF(x)), so 0 outside the
// support of a singular covariance. A NaN in x gives NaN; ErrShape when
// len(x) ≠ Dim().
func (m *MultivariateNormal) PDF(x []float64) (float64, error) {
	lp, err := m.LogPDF(x)
	if err != nil {
		return math.NaN(), err
	}
	return math.Exp(lp), nil
}

// Entropy returns the differential entropy in nats,
// scipy.stats.multivariate_normal.entropy: (r·(1 + log 2π) + log pdet(Σ))/2
// with r the rank of Σ (the entropy on the support when Σ is singular).
func (m *MultivariateNormal) Entropy() float64 {
	return 0.5 * (float64(m.rank)*(math.Log(2*math.Pi)+1) + m.logPDet)
}

// Rand returns a new random vector of length Dim() drawn from the
// distribution, μ + V·Λ^½·z with z standard normal from r and V, Λ the
// eigendecomposition of Σ (so draws of a singular distribution lie on its
// support). SciPy's rvs with size 1; SciPy's random stream is not
// reproduced. r must not be nil (a nil r returns nil).
func (m *MultivariateNormal) Rand(r *rand.Rand) []float64 {
	if r == nil {
		return nil
	}
	d := m.dim
	z := make([]float64, d)
	for k := range z {
		z[k] = r.NormFloat64()
	}
	x := make([]float64, d)
	for i := range d {
		s := m.mean[i]
		for k := range d {
			s += m.color[i*d+k] * z[k]
		}
		x[i] = s
	}
	return x
}
