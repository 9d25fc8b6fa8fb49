package special_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/special"
)

// Bessel functions of real order: J_v(x) for a non-integer order and for
// an integer order at negative x (NaN for a non-integer one, as SciPy),
// Y_v far beyond the turning point, and K_v. (The expected outputs are
// mpmath's values, rounded.)
func ExampleJv() {
	fmt.Printf("J_2.5(7)    = %.15f\n", special.Jv(2.5, 7))
	fmt.Printf("J_3(-3)     = %.15f\n", special.Jv(3, -3))
	fmt.Printf("J_2.5(-3)   = %v\n", special.Jv(2.5, -3))
	fmt.Printf("Y_1000(500) = %.12e\n", special.Yv(1000, 500))
	fmt.Printf("K_100(1)    = %.12e\n", special.Kv(100, 1))
	// Output:
	// J_2.5(7)    = -0.283436651201699
	// J_3(-3)     = -0.309062722255252
	// J_2.5(-3)   = NaN
	// Y_1000(500) = -1.865283767877e+194
	// K_100(1)    = 5.900333183639e+185
}
