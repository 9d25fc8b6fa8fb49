package linalg

import (
	"math"
	"strconv"
)

// vecNorm is Norm for a vector x (NumPy's vector norms).
func vecNorm(fn string, x []float64, ord string) (float64, error) {
	switch ord {
	case "", "2":
		var s float64
		for _, v := range x {
			s = math.Hypot(s, v)
		}
		return s, nil
	case "inf", "-inf":
		if len(x) == 0 {
			return 0, nil
		}
		best := math.Abs(x[0])
		for _, v := range x[1:] {
			if ord == "inf" {
				best = math.Max(best, math.Abs(v))
			} else {
				best = math.Min(best, math.Abs(v))
			}
		}
		return best, nil
	case "0":
		var c float64
		for _, v := range x {
			if v != 0 {
				c++
			}
		}
		return c, nil
	}
	p, err := strconv.ParseFloat(ord, 64)
	if err != nil || math.IsNaN(p) {
		return 0, newErr(ErrValue, fn, "opts.Ord", "%q is not a vector norm order (a number, \"inf\" or \"-inf\")", ord)
	}
	var s float64
	for _, v := range x {
		s += math.Pow(math.Abs(v), p)
	}
	return math.Pow(s, 1/p), nil
}
