package linalg

import (
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/goscipy/goscipy/internal/golden"
)

type specialCase struct {
	Kron struct {
		A, B, Out mat2
	} `json:"kron"`
	BlockDiag struct {
		Blocks []mat2 `json:"blocks"`
		Out    mat2   `json:"out"`
	} `json:"block_diag"`
	Toeplitz struct {
		C, R     []float64
		Out, Sym mat2
	} `json:"toeplitz"`
	Circulant struct {
		C   []float64
		Out mat2
	} `json:"circulant"`
	Hankel struct {
		C, R       []float64
		Out, Zeros mat2
	} `json:"hankel"`
	Hilbert    []mat2 `json:"hilbert"`
	InvHilbert []mat2 `json:"invhilbert"`
	Companion  struct {
		A   []float64
		Out mat2
	} `json:"companion"`
	Hadamard []mat2          `json:"hadamard"`
	Pascal   map[string]mat2 `json:"pascal"`
	Leslie   struct {
		F, S []float64
		Out  mat2
	} `json:"leslie"`
	DFT     map[string][][]golden.Complex `json:"dft"`
	Fiedler struct {
		A   []float64
		Out mat2
	} `json:"fiedler"`
	Helmert struct {
		Full, Part mat2
	} `json:"helmert"`
}

// TestSpecialGolden compares the special matrices with SciPy's. They are
// built from a few exact operations per entry (products, binomials, one
// division or square root, one complex exponential), so they agree to a
// few ulps: tolerance 8·eps relative to the largest entry.
func TestSpecialGolden(t *testing.T) {
	f := golden.Load[specialCase](t, "linalg/special.json")
	c := f.Cases[0]
	const tol = 8 * eps
	same := func(name string, got mat.Matrix, want mat2) {
		t.Helper()
		if d := relDiff(t, got, want.dense()); d > tol {
			t.Errorf("%s differs from SciPy by %.3g", name, d)
		}
	}
	k, err := Kron(c.Kron.A.dense(), c.Kron.B.dense())
	if err != nil {
		t.Fatal(err)
	}
	same("Kron", k, c.Kron.Out)
	var blocks []mat.Matrix
	for _, b := range c.BlockDiag.Blocks {
		blocks = append(blocks, b.dense())
	}
	bd, err := BlockDiag(blocks...)
	if err != nil {
		t.Fatal(err)
	}
	same("BlockDiag", bd, c.BlockDiag.Out)
	same("Toeplitz", Toeplitz(c.Toeplitz.C, c.Toeplitz.R), c.Toeplitz.Out)
	same("Toeplitz symmetric", Toeplitz(c.Toeplitz.C, nil), c.Toeplitz.Sym)
	same("Circulant", Circulant(c.Circulant.C), c.Circulant.Out)
	same("Hankel", Hankel(c.Hankel.C, c.Hankel.R), c.Hankel.Out)
	same("Hankel zeros", Hankel(c.Hankel.C, nil), c.Hankel.Zeros)
	for i, n := range []int{1, 2, 5} {
		same("Hilbert", Hilbert(n), c.Hilbert[i])
	}
	for i, n := range []int{1, 2, 5, 10, 16} {
		same("InvHilbert", InvHilbert(n), c.InvHilbert[i])
	}
	cm, err := Companion(c.Companion.A)
	if err != nil {
		t.Fatal(err)
	}
	same("Companion", cm, c.Companion.Out)
	for i, n := range []int{1, 2, 8} {
		h, err := Hadamard(n)
		if err != nil {
			t.Fatal(err)
		}
		same("Hadamard", h, c.Hadamard[i])
	}
	for kind, want := range c.Pascal {
		p, err := Pascal(6, kind)
		if err != nil {
			t.Fatal(err)
		}
		same("Pascal "+kind, p, want)
	}
	l, err := Leslie(c.Leslie.F, c.Leslie.S)
	if err != nil {
		t.Fatal(err)
	}
	same("Leslie", l, c.Leslie.Out)
	for scale, want := range c.DFT {
		d, err := DFT(5, scale)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range want {
			for j, w := range row {
				if diff := d.At(i, j) - complex128(w); real(diff)*real(diff)+imag(diff)*imag(diff) > tol*tol {
					t.Errorf("DFT %q [%d,%d] = %v, SciPy %v", scale, i, j, d.At(i, j), complex128(w))
				}
			}
		}
	}
	same("Fiedler", Fiedler(c.Fiedler.A), c.Fiedler.Out)
	same("Helmert full", Helmert(5, true), c.Helmert.Full)
	same("Helmert", Helmert(5, false), c.Helmert.Part)
}

// TestSpecialProperties checks defining identities: Hilbert·InvHilbert = I
// (n = 6, κ ≈ 1.5e7), Hadamard·Hadamardᵀ = n·I, Helmert orthogonal.
func TestSpecialProperties(t *testing.T) {
	var p mat.Dense
	p.Mul(Hilbert(6), InvHilbert(6))
	if d := relDiff(t, &p, eye(6)); d > 1.5e7*100*eps {
		t.Errorf("Hilbert·InvHilbert − I: %.3g", d)
	}
	h, _ := Hadamard(16)
	p.Reset()
	p.Mul(h, h.T())
	p.Scale(1.0/16, &p)
	if !mat.Equal(&p, eye(16)) {
		t.Error("Hadamard·Hadamardᵀ ≠ 16·I")
	}
	hm := Helmert(7, true)
	p.Reset()
	p.Mul(hm, hm.T())
	if d := relDiff(t, &p, eye(7)); d > 10*eps {
		t.Errorf("Helmert not orthogonal: %.3g", d)
	}
}

func eye(n int) *mat.Dense {
	d := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		d.Set(i, i, 1)
	}
	return d
}

// TestSpecialBadInput checks the errors of the special matrices.
func TestSpecialBadInput(t *testing.T) {
	_, err := Companion([]float64{1})
	wantKind(t, err, ErrValue, "a")
	_, err = Companion([]float64{0, 1})
	wantKind(t, err, ErrValue, "a")
	_, err = Hadamard(6)
	wantKind(t, err, ErrValue, "n")
	_, err = Pascal(3, "diag")
	wantKind(t, err, ErrValue, "kind")
	_, err = Leslie([]float64{1, 2}, []float64{1, 2})
	wantKind(t, err, ErrShape, "s")
	_, err = DFT(3, "m")
	wantKind(t, err, ErrValue, "scale")
	_, err = Kron(nil, mat.NewDense(1, 1, nil))
	wantKind(t, err, ErrShape, "a")
	_, err = BlockDiag(mat.NewDense(1, 1, nil), nil)
	wantKind(t, err, ErrShape, "blocks")
	if !Hilbert(0).IsEmpty() || !Toeplitz(nil, nil).IsEmpty() {
		t.Error("empty inputs should give empty matrices")
	}
}
