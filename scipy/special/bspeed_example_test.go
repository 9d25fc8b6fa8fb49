package special_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/special"
)

// J0 is accurate relative to its envelope also far out, where the phase
// x - π/4 needs exact argument reduction. (The expected outputs are
// mpmath's values, rounded.)
func ExampleJ0() {
	fmt.Printf("J0(10)  = %.15f\n", special.J0(10))
	fmt.Printf("J0(1e6) = %.12e\n", special.J0(1e6))
	// Output:
	// J0(10)  = -0.245935764451348
	// J0(1e6) = 3.310430137399e-04
}

// K_v of a fractional order (as in the Airy functions) and of a
// half-integer order. (The expected outputs are mpmath's values, rounded.)
func ExampleKv() {
	fmt.Printf("K_1/3(5)  = %.12e\n", special.Kv(1.0/3, 5))
	fmt.Printf("K_2.5(10) = %.12e\n", special.Kv(2.5, 10))
	// Output:
	// K_1/3(5)  = 3.728875096054e-03
	// K_2.5(10) = 2.393132586463e-05
}

// Owen's T: T(h, 1) = Φ(h)Φ(-h)/2, and far in the tail T keeps its
// relative accuracy. (The expected outputs are mpmath's values, rounded.)
func ExampleOwensT() {
	fmt.Printf("T(2, 0.5) = %.15f\n", special.OwensT(2, 0.5))
	fmt.Printf("T(1, 1)   = %.15f\n", special.OwensT(1, 1))
	fmt.Printf("T(8, 0.3) = %.12e\n", special.OwensT(8, 0.3))
	// Output:
	// T(2, 0.5) = 0.008625077985522
	// T(1, 1)   = 0.066741882165701
	// T(8, 0.3) = 3.064148356956e-16
}
