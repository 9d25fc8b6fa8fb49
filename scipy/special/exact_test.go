package special

import (
	"math/big"
	"testing"

	"github.com/goscipy/goscipy/internal/golden"
)

// exactCase is one case of testdata/special/exact.json: SciPy's exact
// (Python integer) result as a decimal string.
type exactCase struct {
	F     string `json:"f"`
	N     int64  `json:"n"`
	K     int64  `json:"k"`
	Value string `json:"value"`
}

func TestGoldenExact(t *testing.T) {
	f := golden.Load[exactCase](t, goldenName(t, "exact"))
	for _, c := range f.Cases {
		want, ok := new(big.Int).SetString(c.Value, 10)
		if !ok {
			t.Fatalf("%s(%d, %d): bad golden value %q", c.F, c.N, c.K, c.Value)
		}
		var got *big.Int
		switch c.F {
		case "comb":
			got = CombExact(c.N, c.K)
		case "comb_rep":
			got = CombRepetitionExact(c.N, c.K)
		case "perm":
			got = PermExact(c.N, c.K)
		case "factorial":
			got = FactorialExact(c.N)
		case "factorial2":
			got = Factorial2Exact(c.N)
		default:
			t.Fatalf("no Go function for %q", c.F)
		}
		if got.Cmp(want) != 0 {
			t.Errorf("%s(%d, %d) = %s, want %s", c.F, c.N, c.K, got, want)
		}
	}
}

// TestCombExactLarge checks the headline case of issue 7 and the
// int64-overflow path of CombRepetitionExact against identities that do not
// use the function under test.
func TestCombExactLarge(t *testing.T) {
	// C(1000, 500) = 1000! / (500!)², from math/big directly.
	num := new(big.Int).MulRange(1, 1000)
	den := new(big.Int).MulRange(1, 500)
	den.Mul(den, den)
	want := num.Quo(num, den)
	if got := CombExact(1000, 500); got.Cmp(want) != 0 {
		t.Errorf("CombExact(1000, 500) = %s, want %s", got, want)
	}
	if n := len(want.String()); n != 300 {
		t.Errorf("C(1000, 500) has %d digits, want 300", n)
	}
	// C(n+k-1, k) with n = 3 and k = MaxInt64: (k+1)(k+2)/2.
	const k = int64(1<<63 - 1)
	kb := big.NewInt(k)
	w := new(big.Int).Add(kb, big.NewInt(1))
	w.Mul(w, new(big.Int).Add(kb, big.NewInt(2)))
	w.Quo(w, big.NewInt(2))
	if got := CombRepetitionExact(3, k); got.Cmp(w) != 0 {
		t.Errorf("CombRepetitionExact(3, MaxInt64) = %s, want %s", got, w)
	}
	// Factorial2Exact against the definition for odd and even n.
	for _, n := range []int64{1, 2, 9, 10, 101, 200} {
		p := big.NewInt(1)
		for i := n; i > 0; i -= 2 {
			p.Mul(p, big.NewInt(i))
		}
		if got := Factorial2Exact(n); got.Cmp(p) != 0 {
			t.Errorf("Factorial2Exact(%d) = %s, want %s", n, got, p)
		}
	}
}
