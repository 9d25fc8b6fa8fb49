package special_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/special"
)

// The normal CDF keeps its relative accuracy deep in the lower tail, and
// its inverse recovers the argument. (The expected outputs of these
// examples are mpmath's values, rounded.)
func ExampleNdtr() {
	p := special.Ndtr(-20)
	fmt.Printf("%.14e\n", p)
	fmt.Printf("%.12f\n", special.Ndtri(p))
	// Output:
	// 2.75362411860623e-89
	// -20.000000000000
}

// Regularized incomplete gamma functions: P and Q sum to one, and the
// upper tail is computed directly.
func ExampleGammainc() {
	a, x := 2.5, 3.0
	p, q := special.Gammainc(a, x), special.Gammaincc(a, x)
	fmt.Printf("P = %.14f, Q = %.14f, P+Q = %.14f\n", p, q, p+q)
	fmt.Printf("Q(100, 200) = %.13e\n", special.Gammaincc(100, 200))
	// Output:
	// P = 0.69378108158672, Q = 0.30621891841328, P+Q = 1.00000000000000
	// Q(100, 200) = 1.8438936497116e-15
}

// The number of ways to choose 500 of 1000 items, exactly and in floating
// point.
func ExampleCombExact() {
	c := special.CombExact(1000, 500)
	s := c.String()
	fmt.Println(len(s), "digits:", s[:20]+"…")
	fmt.Printf("%.14e\n", special.Comb(1000, 500))
	// Output:
	// 300 digits: 27028824094543656951…
	// 2.70288240945437e+299
}

// Logsumexp with weights and the sign of the sum.
func ExampleLogsumexpSign() {
	r, sign, err := special.LogsumexpSign([]float64{1, 2, 3}, []float64{1, -1, 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("log|Σ| = %.14f, sign = %v\n", r, sign)
	_, err = special.Logsumexp(nil, nil)
	fmt.Println(err)
	// Output:
	// log|Σ| = 2.73532566405552, sign = 1
	// special: a: Logsumexp of an empty slice
}
