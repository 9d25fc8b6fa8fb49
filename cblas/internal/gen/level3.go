package main

// Level 3 spec table. Calls whose only work is scaling C (alpha == 0, or
// k == 0 for the products with an inner dimension) are delegated to gonum:
// the result is gonum's by definition, and C never sees a zero-length A or
// B.

const (
	quickMNk = `
if m == 0 || n == 0 {
	return
}`
	// scaleOnly ends the routines that compute alpha*op(A)*op(B) + beta*C.
	scaleOnly = `
if (alpha == 0 || k == 0) && beta == 1 {
	return
}
if alpha == 0 || k == 0 {
	{{gonum}}
}`
	sideK = `
k := n
if s == blas.Left {
	k = m
}`
	rowCol = `
row, col := k, n
if tA == blas.NoTrans {
	row, col = n, k
}`
)

// level3 is the Level 3 spec table.
func level3() []family {
	gemm := func(cross string) []variant {
		return []variant{{
			Name: "{{.U}}gemm", Params: "tA, tB blas.Transpose, m, n, k int, alpha {{.T}}, a []{{.T}}, lda int, b []{{.T}}, ldb int, beta {{.T}}, c []{{.T}}, ldc int",
			Doc:  "computes\n\n\tC = alpha * op(A) * op(B) + beta * C,\n\nwhere op(X) is X, Xᵀ or Xᴴ as the transpose flag is blas.NoTrans,\nblas.Trans or blas.ConjTrans (Xᴴ = Xᵀ for real data), op(A) is m×k, op(B)\nis k×n and C is m×n, each row-major with its leading dimension. C is\noverwritten.",
			Size: "m*n*k", Cross: cross,
			Check: lines(`{{trans "tA"}}`, `{{trans "tB"}}`, negM, negN, negK) + `
rowA, colA := m, k
if tA != blas.NoTrans {
	rowA, colA = k, m
}
{{lt "lda" "max(1, colA)" "badLdA"}}
rowB, colB := k, n
if tB != blas.NoTrans {
	rowB, colB = n, k
}
{{lt "ldb" "max(1, colB)" "badLdB"}}
{{lt "ldc" "max(1, n)" "badLdC"}}` + quickMNk + `
{{mat "a" "(rowA-1)*lda+colA" "shortA"}}
{{mat "b" "(rowB-1)*ldb+colB" "shortB"}}
{{mat "c" "(m-1)*ldc+n" "shortC"}}` + scaleOnly,
			CName: "{{.L}}gemm", CArgs: "order trans:tA trans:tB int:m int:n int:k sc:alpha vec:a int:lda vec:b int:ldb sc:beta vec:c int:ldc",
		}}
	}

	symm := func(name, kind, cross string) variant {
		return variant{
			Name: "{{.U}}" + name, Params: "s blas.Side, ul blas.Uplo, m, n int, alpha {{.T}}, a []{{.T}}, lda int, b []{{.T}}, ldb int, beta {{.T}}, c []{{.T}}, ldc int",
			Doc:  "computes\n\n\tC = alpha * A * B + beta * C  if s == blas.Left,\n\tC = alpha * B * A + beta * C  if s == blas.Right,\n\nwhere A is a " + kind + " matrix (m×m or n×n) of which only the ul\ntriangle is referenced, and B and C are m×n. C is overwritten.",
			Size: "m*n*sided(s, m, n)", Cross: cross,
			Check: lines(`{{side "s"}}`, `{{uplo "ul"}}`, negM, negN) + sideK + `
{{lt "lda" "max(1, k)" "badLdA"}}
{{lt "ldb" "max(1, n)" "badLdB"}}
{{lt "ldc" "max(1, n)" "badLdC"}}` + quickMNk + `
{{mat "a" "lda*(k-1)+k" "shortA"}}
{{mat "b" "ldb*(m-1)+n" "shortB"}}
{{mat "c" "ldc*(m-1)+n" "shortC"}}
if alpha == 0 && beta == 1 {
	return
}
if alpha == 0 {
	{{gonum}}
}`,
			CName: "{{.L}}" + name, CArgs: "order side:s uplo:ul int:m int:n sc:alpha vec:a int:lda vec:b int:ldb sc:beta vec:c int:ldc",
		}
	}

	// rank-k updates. gonum's real routines check uplo then trans and
	// accept all three transposes; its complex ones check trans first and
	// accept only NoTrans and Trans (syrk, syr2k) or NoTrans and ConjTrans
	// (herk, her2k).
	rank := func(name string, two bool, cmplx bool, trans, alpha, beta, cross, doc string) variant {
		var tr string
		switch trans {
		case "all":
			tr = `{{trans "tA"}}`
		default:
			tr = "switch tA {\ncase blas.NoTrans, blas." + trans + ":\ndefault:\npanic(badTranspose)\n}"
		}
		enums := lines(`{{uplo "ul"}}`, tr)
		if cmplx {
			enums = lines(tr, `{{uplo "ul"}}`)
		}
		params := "ul blas.Uplo, tA blas.Transpose, n, k int, alpha " + alpha + ", a []{{.T}}, lda int, "
		args := "order uplo:ul trans:tA int:n int:k " + kindOf(alpha) + ":alpha vec:a int:lda "
		lds := `{{lt "lda" "max(1, col)" "badLdA"}}`
		mats := `{{mat "a" "lda*(row-1)+col" "shortA"}}`
		if two {
			params += "b []{{.T}}, ldb int, "
			args += "vec:b int:ldb "
			lds = lines(lds, `{{lt "ldb" "max(1, col)" "badLdB"}}`)
			mats = lines(mats, `{{mat "b" "ldb*(row-1)+col" "shortB"}}`)
		}
		params += "beta " + beta + ", c []{{.T}}, ldc int"
		args += kindOf(beta) + ":beta vec:c int:ldc"
		tail := scaleOnly
		if !cmplx {
			// gonum's real rank-k routines have no (alpha == 0 || k == 0)
			// && beta == 1 quick return: with k == 0 they still add
			// alpha*0, which turns a -0 in C into +0. Delegate instead.
			tail = "\nif alpha == 0 || k == 0 {\n{{gonum}}\n}"
		}
		return variant{
			Name: "{{.U}}" + name, Params: params, Doc: doc,
			Size: "n*n*k", Cross: cross,
			Check: lines(enums, negN, negK) + rowCol + "\n" + lines(lds, `{{lt "ldc" "max(1, n)" "badLdC"}}`) + quickN + "\n" +
				lines(mats, `{{mat "c" "ldc*(n-1)+n" "shortC"}}`) + tail,
			CName: "{{.L}}" + name, CArgs: args,
		}
	}
	const (
		opNote = "\n\nwhere C is an n×n matrix of which only the ul triangle is referenced\nand updated, and A"
		syrkR  = "performs the symmetric rank-k update\n\n\tC = alpha * A * Aᵀ + beta * C  if tA == blas.NoTrans,\n\tC = alpha * Aᵀ * A + beta * C  otherwise," + opNote + " is n×k or k×n. blas.ConjTrans means blas.Trans."
		syrkC  = "performs the symmetric rank-k update\n\n\tC = alpha * A * Aᵀ + beta * C  if tA == blas.NoTrans,\n\tC = alpha * Aᵀ * A + beta * C  if tA == blas.Trans," + opNote + " is n×k or k×n."
		herk   = "performs the Hermitian rank-k update\n\n\tC = alpha * A * Aᴴ + beta * C  if tA == blas.NoTrans,\n\tC = alpha * Aᴴ * A + beta * C  if tA == blas.ConjTrans," + opNote + " is n×k or k×n.\nThe imaginary parts of the diagonal of C are set to zero."
		syr2kR = "performs the symmetric rank-2k update\n\n\tC = alpha * (A * Bᵀ + B * Aᵀ) + beta * C  if tA == blas.NoTrans,\n\tC = alpha * (Aᵀ * B + Bᵀ * A) + beta * C  otherwise," + opNote + " and B are n×k or k×n. blas.ConjTrans means blas.Trans."
		syr2kC = "performs the symmetric rank-2k update\n\n\tC = alpha * (A * Bᵀ + B * Aᵀ) + beta * C  if tA == blas.NoTrans,\n\tC = alpha * (Aᵀ * B + Bᵀ * A) + beta * C  if tA == blas.Trans," + opNote + " and B are n×k or k×n."
		her2k  = "performs the Hermitian rank-2k update\n\n\tC = alpha * A * Bᴴ + conj(alpha) * B * Aᴴ + beta * C  if tA == blas.NoTrans,\n\tC = alpha * Aᴴ * B + conj(alpha) * Bᴴ * A + beta * C  if tA == blas.ConjTrans," + opNote + " and B are n×k or k×n.\nThe imaginary parts of the diagonal of C are set to zero."
	)

	tri := func(name, doc, tail, cross string) variant {
		return variant{
			Name: "{{.U}}" + name, Params: "s blas.Side, ul blas.Uplo, tA blas.Transpose, d blas.Diag, m, n int, alpha {{.T}}, a []{{.T}}, lda int, b []{{.T}}, ldb int",
			Doc:  doc + "\n\nwhere op(A) is A, Aᵀ or Aᴴ as tA is blas.NoTrans, blas.Trans or\nblas.ConjTrans (Aᴴ = Aᵀ for real data), A is upper or lower triangular\n(m×m or n×n) as ul is blas.Upper or blas.Lower, with unit diagonal if d is\nblas.Unit, and B is m×n. " + tail,
			Size: "m*n*sided(s, m, n)", Cross: cross,
			Check: lines(`{{side "s"}}`, `{{uplo "ul"}}`, `{{trans "tA"}}`, `{{diag "d"}}`, negM, negN) + sideK + `
{{lt "lda" "max(1, k)" "badLdA"}}
{{lt "ldb" "max(1, n)" "badLdB"}}` + quickMNk + `
{{mat "a" "lda*(k-1)+k" "shortA"}}
{{mat "b" "ldb*(m-1)+n" "shortB"}}
if alpha == 0 {
	{{gonum}}
}`,
			CName: "{{.L}}" + name, CArgs: "order side:s uplo:ul trans:tA diag:d int:m int:n sc:alpha vec:a int:lda vec:b int:ldb",
		}
	}
	const (
		trmmTail = "B is overwritten."
		trsmTail = "X overwrites B. No test for singularity is made."
		trmmDoc  = "computes\n\n\tB = alpha * op(A) * B  if s == blas.Left,\n\tB = alpha * B * op(A)  if s == blas.Right,"
		trsmDoc  = "solves for X\n\n\top(A) * X = alpha * B  if s == blas.Left,\n\tX * op(A) = alpha * B  if s == blas.Right,"
	)

	return []family{
		{Level: 3, Real: gemm("crossGemm"), Cplx: gemm("crossGemmC")},
		{Level: 3,
			Real: []variant{symm("symm", "symmetric", "crossSymm")},
			Cplx: []variant{symm("symm", "symmetric", "crossSymmC"), symm("hemm", "Hermitian", "crossSymmC")},
		},
		{Level: 3,
			Real: []variant{rank("syrk", false, false, "all", "{{.T}}", "{{.T}}", "crossSyrk", syrkR)},
			Cplx: []variant{
				rank("syrk", false, true, "Trans", "{{.T}}", "{{.T}}", "crossSyrkC", syrkC),
				rank("herk", false, true, "ConjTrans", "{{.R}}", "{{.R}}", "crossSyrkC", herk),
			},
		},
		{Level: 3,
			Real: []variant{rank("syr2k", true, false, "all", "{{.T}}", "{{.T}}", "crossSyr2k", syr2kR)},
			Cplx: []variant{
				rank("syr2k", true, true, "Trans", "{{.T}}", "{{.T}}", "crossSyr2kC", syr2kC),
				rank("her2k", true, true, "ConjTrans", "{{.T}}", "{{.R}}", "crossSyr2kC", her2k),
			},
		},
		{Level: 3, Real: []variant{tri("trmm", trmmDoc, trmmTail, "crossTrmm")}, Cplx: []variant{tri("trmm", trmmDoc, trmmTail, "crossTrmmC")}},
		{Level: 3, Real: []variant{tri("trsm", trsmDoc, trsmTail, "crossTrsm")}, Cplx: []variant{tri("trsm", trsmDoc, trsmTail, "crossTrsmC")}},
	}
}

// kindOf maps a scalar's Go type template to its C argument kind.
func kindOf(t string) string {
	if t == "{{.R}}" {
		return "re"
	}
	return "sc"
}
