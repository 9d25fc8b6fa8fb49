package special_test

import (
	"fmt"
	"math"

	"github.com/goscipy/goscipy/scipy/special"
)

// The Gauss hypergeometric function: inside the unit interval, at x = 1
// (Gauss's sum), in the degenerate case c = a+b near x = 1, on the far
// negative axis, and a polynomial beyond 1. 2F1(1, 1; 2; x) is
// -log(1-x)/x. (The expected outputs are mpmath's values, rounded.)
func ExampleHyp2f1() {
	fmt.Printf("2F1(1,1;2;0.5)       = %.15f\n", special.Hyp2f1(1, 1, 2, 0.5))
	fmt.Printf("-log(0.5)/0.5        = %.15f\n", -math.Log(0.5)/0.5)
	fmt.Printf("2F1(0.5,0.5;2;1)     = %.15f\n", special.Hyp2f1(0.5, 0.5, 2, 1))
	fmt.Printf("2F1(1.5,2.5;4;0.999) = %.12f\n", special.Hyp2f1(1.5, 2.5, 4, 0.999))
	fmt.Printf("2F1(1,1;2;-1e5)      = %.14e\n", special.Hyp2f1(1, 1, 2, -1e5))
	fmt.Printf("2F1(-2,1;3;1.5)      = %g\n", special.Hyp2f1(-2, 1, 3, 1.5))
	// Output:
	// 2F1(1,1;2;0.5)       = 1.386294361119891
	// -log(0.5)/0.5        = 1.386294361119891
	// 2F1(0.5,0.5;2;1)     = 1.273239544735163
	// 2F1(1.5,2.5;4;0.999) = 25.648290580561
	// 2F1(1,1;2;-1e5)      = 1.15129354649202e-04
	// 2F1(-2,1;3;1.5)      = 0.375
}

// The Airy functions in the oscillatory region and the exponentially
// small tail, where Ai keeps its relative accuracy down to the smallest
// normal number; Airye scales the tail away.
func ExampleAiry() {
	ai, aip, bi, bip := special.Airy(-20)
	fmt.Printf("Airy(-20) = %.12f %.12f %.12f %.12f\n", ai, aip, bi, bip)
	ai, _, bi, _ = special.Airy(100)
	fmt.Printf("Ai(100) = %.12e, Bi(100) = %.12e\n", ai, bi)
	eai, _, ebi, _ := special.Airye(100)
	fmt.Printf("eAi(100) = %.15f, eBi(100) = %.15f\n", eai, ebi)
	// Output:
	// Airy(-20) = -0.176406127078 0.892862856736 -0.200139309323 -0.791429033840
	// Ai(100) = 2.634482152088e-291, Bi(100) = 6.041223996670e+288
	// eAi(100) = 0.089196920936330, eBi(100) = 0.178431011170835
}
