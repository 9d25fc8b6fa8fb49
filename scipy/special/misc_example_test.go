package special_test

import (
	"fmt"

	"github.com/goscipy/goscipy/scipy/special"
)

// The principal branch of Lambert W solves w·e^w = z; the branch k = -1
// gives the other real solution for -1/e < z < 0. (The expected outputs
// are mpmath's values, rounded.)
func ExampleLambertw() {
	w := special.Lambertw(1, 0, 0)
	fmt.Printf("W0(1)    = %.15f\n", real(w))
	fmt.Printf("W-1(-0.1) = %.13f\n", real(special.Lambertw(-0.1, -1, 0)))
	z := special.Lambertw(-2, 0, 0)
	fmt.Printf("W0(-2)   = %.13f%+.13fi\n", real(z), imag(z))
	// Output:
	// W0(1)    = 0.567143290409784
	// W-1(-0.1) = -3.5771520639573
	// W0(-2)   = 0.1728160028400+1.6736864137408i
}

// The Faddeeva function w(z) = exp(-z²)·erfc(-iz): on the real axis its
// real part is exp(-x²), and the Voigt profile is its real part, scaled.
// (The expected outputs are mpmath's values, rounded.)
func ExampleWofz() {
	w := special.Wofz(complex(1, 1))
	fmt.Printf("w(1+i) = %.14f%+.14fi\n", real(w), imag(w))
	fmt.Printf("Re w(2) = %.14f\n", real(special.Wofz(2)))
	fmt.Printf("V(0; 1, 1) = %.14f\n", special.VoigtProfile(0, 1, 1))
	// Output:
	// w(1+i) = 0.30474420525691+0.20821893820283i
	// Re w(2) = 0.01831563888873
	// V(0; 1, 1) = 0.20870928052037
}
