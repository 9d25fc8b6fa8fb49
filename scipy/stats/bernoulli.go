package stats

// Bernoulli is the Bernoulli distribution, scipy.stats.bernoulli(p, loc):
// 1 with probability p and 0 with probability 1-p (shifted by loc), the
// binomial distribution with n = 1.
type Bernoulli struct{ discrete }

var _ Discrete = (*Bernoulli)(nil)

// NewBernoulli returns the Bernoulli distribution with success probability
// p in [0, 1], shifted by loc. It returns an ErrValue error naming the
// argument for a p outside [0, 1] (or NaN) or a non-finite loc.
func NewBernoulli(p, loc float64) (*Bernoulli, error) {
	const fn = "NewBernoulli"
	if err := discreteCheckProb(fn, "p", p); err != nil {
		return nil, err
	}
	if err := discreteCheckLoc(fn, loc); err != nil {
		return nil, err
	}
	return &Bernoulli{newDiscrete(binomStd{n: 1, p: p}, loc)}, nil
}
