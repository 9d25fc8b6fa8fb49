package main

// Level 2 spec table. Where gonum's real and complex routines check their
// arguments in different orders (Dgemv checks x, y, a; Zgemv checks a, x,
// y; Dtrmv checks uplo before trans, Ztrmv trans before uplo), the real and
// complex templates differ in the same way.

const (
	mvParams  = "alpha {{.T}}, a []{{.T}}, lda int, x []{{.T}}, incX int, beta {{.T}}, y []{{.T}}, incY int"
	mvArgs    = "sc:alpha vec:a int:lda vec:x int:incX sc:beta vec:y int:incY"
	triParams = "ul blas.Uplo, tA blas.Transpose, d blas.Diag, "
	triArgs   = "order uplo:ul trans:tA diag:d "

	// The tail of the y := alpha*op(A)*x + beta*y routines: nothing to do
	// when alpha == 0 and beta == 1, and only a scaling of y, which gonum
	// does, when alpha == 0.
	mvQuick = `
if alpha == 0 && beta == 1 {
	return
}
if alpha == 0 {
	{{gonum}}
}`
	// The tail of the rank-update routines.
	updQuick = `
if alpha == 0 {
	return
}`
	quickN = `
if n == 0 {
	return
}`
	quickMN = `
if m == 0 || n == 0 {
	return
}`
	lenXY = `
lenX, lenY := m, n
if tA == blas.NoTrans {
	lenX, lenY = n, m
}`
	vecX   = `{{vec "x" "n" "incX" "shortX"}}`
	vecY   = `{{vec "y" "n" "incY" "shortY"}}`
	incX   = `{{zero "incX" "zeroIncX"}}`
	incY   = `{{zero "incY" "zeroIncY"}}`
	negM   = `{{lt "m" "0" "mLT0"}}`
	negN   = `{{lt "n" "0" "nLT0"}}`
	negK   = `{{lt "k" "0" "kLT0"}}`
	ldaN   = `{{lt "lda" "max(1, n)" "badLdA"}}`
	ldaK1  = `{{lt "lda" "k+1" "badLdA"}}`
	matN   = `{{mat "a" "lda*(n-1)+n" "shortA"}}`
	bandN  = `{{mat "a" "lda*(n-1)+k+1" "shortA"}}`
	packN  = `{{mat "ap" "n*(n+1)/2" "shortAP"}}`
	uploC  = `{{uplo "ul"}}`
	transC = `{{trans "tA"}}`
	diagC  = `{{diag "d"}}`
)

// lines joins checks one per line.
func lines(parts ...string) string {
	out := ""
	for _, p := range parts {
		if out != "" {
			out += "\n"
		}
		out += p
	}
	return out
}

// level2 is the Level 2 spec table.
func level2() []family {
	// Triangular routines: trmv, trsv (full), tbmv, tbsv (band), tpmv, tpsv
	// (packed). gonum's real ones check uplo, trans, diag; its complex full
	// and band ones check trans, uplo, diag; its complex packed ones uplo,
	// trans, diag.
	tri := func(name, doc, storage string) family {
		var params, args, size, dims, shape string
		switch storage {
		case "full":
			params, args, size = "n int, a []{{.T}}, lda int, x []{{.T}}, incX int", "int:n vec:a int:lda vec:x int:incX", "n*n"
			dims, shape = lines(negN, ldaN, incX), matN
		case "band":
			params, args, size = "n, k int, a []{{.T}}, lda int, x []{{.T}}, incX int", "int:n int:k vec:a int:lda vec:x int:incX", "n*(k+1)"
			dims, shape = lines(negN, negK, ldaK1, incX), bandN
		case "packed":
			params, args, size = "n int, ap []{{.T}}, x []{{.T}}, incX int", "int:n vec:ap vec:x int:incX", "n*n"
			dims, shape = lines(negN, incX), packN
		}
		enumsReal := lines(uploC, transC, diagC)
		enumsCmplx := lines(transC, uploC, diagC)
		if storage == "packed" {
			enumsCmplx = enumsReal
		}
		v := func(enums, cross string) []variant {
			return []variant{{
				Name: "{{.U}}" + name, Params: triParams + params, Doc: doc,
				Size: size, Cross: cross,
				Check: lines(enums, dims, quickN, shape, vecX),
				CName: "{{.L}}" + name, CArgs: triArgs + args,
			}}
		}
		cross := "cross" + string(name[0]-'a'+'A') + name[1:]
		return family{Level: 2, Real: v(enumsReal, cross), Cplx: v(enumsCmplx, cross+"C")}
	}
	const (
		mvDoc   = "\n\nwhere op(A) is A, Aᵀ or Aᴴ as tA is blas.NoTrans, blas.Trans or\nblas.ConjTrans"
		opTri   = ",\n\nwhere op(A) is A, Aᵀ or Aᴴ as tA is blas.NoTrans, blas.Trans or\nblas.ConjTrans (Aᴴ = Aᵀ for real data), and A is an n×n upper or lower\ntriangular matrix as ul is blas.Upper or blas.Lower, with unit diagonal\nif d is blas.Unit."
		trmvDoc = "computes\n\n\tx = op(A) * x" + opTri + " x is overwritten."
		trsvDoc = "solves\n\n\top(A) * x = b" + opTri + "\nx holds b on entry and the solution on exit. No test for singularity\nis made."
	)
	bandNote := "\n\nA is stored in gonum's row-major band format with k super- or\nsub-diagonals and leading dimension lda ≥ k+1."
	packNote := "\n\nA is stored in gonum's row-major packed format in ap, n*(n+1)/2\nelements."

	sym := func(real, cmplx, storage, doc string) family {
		var params, args, size, dims, shape string
		switch storage {
		case "full":
			params, args, size = "ul blas.Uplo, n int, "+mvParams, "order uplo:ul int:n "+mvArgs, "n*n"
			dims, shape = lines(uploC, negN, ldaN, incX, incY), matN
		case "band":
			params, args, size = "ul blas.Uplo, n, k int, "+mvParams, "order uplo:ul int:n int:k "+mvArgs, "n*(k+1)"
			dims, shape = lines(uploC, negN, negK, ldaK1, incX, incY), bandN
		case "packed":
			params = "ul blas.Uplo, n int, alpha {{.T}}, ap []{{.T}}, x []{{.T}}, incX int, beta {{.T}}, y []{{.T}}, incY int"
			args, size = "order uplo:ul int:n sc:alpha vec:ap vec:x int:incX sc:beta vec:y int:incY", "n*n"
			dims, shape = lines(uploC, negN, incX, incY), packN
		}
		v := func(name, cross, kind string) []variant {
			return []variant{{
				Name: "{{.U}}" + name, Params: params, Size: size, Cross: cross,
				Doc:   "computes\n\n\ty = alpha * A * x + beta * y,\n\nwhere A is an n×n " + kind + " matrix of which only the ul triangle is\nreferenced. y is overwritten." + doc,
				Check: lines(dims, quickN, shape, vecX, vecY) + mvQuick,
				CName: "{{.L}}" + name, CArgs: args,
			}}
		}
		return family{Level: 2, Real: v(real, "cross"+upper(real), "symmetric"), Cplx: v(cmplx, "cross"+upper(real)+"C", "Hermitian")}
	}

	// Rank-1 and rank-2 updates of symmetric/Hermitian matrices.
	upd := func(real, cmplx string, two, packed bool) family {
		params, args := "ul blas.Uplo, n int, alpha {{.R}}, x []{{.T}}, incX int", "order uplo:ul int:n re:alpha vec:x int:incX"
		dims := lines(uploC, negN)
		if !packed {
			dims = lines(dims, ldaN)
		}
		dims = lines(dims, incX)
		vecs := vecX
		formula := "alpha * x * xᴴ + A"
		if two {
			params = "ul blas.Uplo, n int, alpha {{.T}}, x []{{.T}}, incX int, y []{{.T}}, incY int"
			args = "order uplo:ul int:n sc:alpha vec:x int:incX vec:y int:incY"
			dims = lines(dims, incY)
			vecs = lines(vecX, vecY)
			formula = "alpha * x * yᴴ + conj(alpha) * y * xᴴ + A"
		}
		shape, store, size := matN, "", "n*n"
		if packed {
			params += ", ap []{{.T}}"
			args += " vec:ap"
			shape, store = packN, packNote
		} else {
			params += ", a []{{.T}}, lda int"
			args += " vec:a int:lda"
		}
		v := func(name, cross, kind, f string) []variant {
			return []variant{{
				Name: "{{.U}}" + name, Params: params, Size: size, Cross: cross,
				Doc:   "performs the " + kind + " update\n\n\tA = " + f + ",\n\nwhere A is an n×n matrix of which only the ul triangle is referenced\nand updated." + store,
				Check: lines(dims, quickN, vecs, shape) + updQuick,
				CName: "{{.L}}" + name, CArgs: args,
			}}
		}
		realF := replace(replace(formula, "ᴴ", "ᵀ"), "conj(alpha)", "alpha")
		kindR, kindC := "symmetric rank-1", "Hermitian rank-1"
		if two {
			kindR, kindC = "symmetric rank-2", "Hermitian rank-2"
		}
		return family{Level: 2, Real: v(real, "cross"+upper(real), kindR, realF), Cplx: v(cmplx, "cross"+upper(real)+"C", kindC, formula)}
	}

	gemvCheck := func(cmplx bool) string {
		head := lines(transC, negM, negN, ldaN, incX, incY) + quickMN + lenXY
		vx := `{{vec "x" "lenX" "incX" "shortX"}}`
		vy := `{{vec "y" "lenY" "incY" "shortY"}}`
		ma := `{{mat "a" "lda*(m-1)+n" "shortA"}}`
		if cmplx {
			return lines(head, ma, vx, vy) + mvQuick
		}
		return lines(head, vx, vy, ma) + mvQuick
	}
	gemv := func(cmplx bool, cross string) []variant {
		return []variant{{
			Name: "{{.U}}gemv", Params: "tA blas.Transpose, m, n int, " + mvParams,
			Doc:  "computes\n\n\ty = alpha * op(A) * x + beta * y," + mvDoc + ", A is an m×n matrix with leading\ndimension lda, and x and y are vectors. y is overwritten.",
			Size: "m*n", Cross: cross,
			Check: gemvCheck(cmplx),
			CName: "{{.L}}gemv", CArgs: "order trans:tA int:m int:n " + mvArgs,
		}}
	}
	gbmv := func(cross string) []variant {
		return []variant{{
			Name: "{{.U}}gbmv", Params: "tA blas.Transpose, m, n, kL, kU int, " + mvParams,
			Doc:  "computes\n\n\ty = alpha * op(A) * x + beta * y," + mvDoc + ", and A is an m×n band matrix with kL\nsub-diagonals and kU super-diagonals stored in gonum's row-major band\nformat with leading dimension lda ≥ kL+kU+1. y is overwritten.",
			Size: "min(m, n)*(kL+kU+1)", Cross: cross,
			Check: lines(transC, negM, negN, `{{lt "kL" "0" "kLLT0"}}`, `{{lt "kU" "0" "kULT0"}}`, `{{lt "lda" "kL+kU+1" "badLdA"}}`, incX, incY) + quickMN + "\n" +
				lines(`{{mat "a" "lda*(min(m, n+kL)-1)+kL+kU+1" "shortA"}}`) + lenXY + "\n" +
				lines(`{{vec "x" "lenX" "incX" "shortX"}}`, `{{vec "y" "lenY" "incY" "shortY"}}`) + mvQuick,
			CName: "{{.L}}gbmv", CArgs: "order trans:tA int:m int:n int:kL int:kU " + mvArgs,
		}}
	}
	ger := func(name, doc, cross string) variant {
		return variant{
			Name: "{{.U}}" + name, Params: "m, n int, alpha {{.T}}, x []{{.T}}, incX int, y []{{.T}}, incY int, a []{{.T}}, lda int",
			Doc:  "performs the rank-1 update\n\n\tA = " + doc + ",\n\nwhere A is an m×n matrix with leading dimension lda, x has m elements\nand y has n. A is overwritten.",
			Size: "m*n", Cross: cross,
			Check: lines(negM, negN, ldaN, incX, incY) + quickMN + "\n" +
				lines(`{{vec "x" "m" "incX" "shortX"}}`, vecY, `{{mat "a" "lda*(m-1)+n" "shortA"}}`) + updQuick,
			CName: "{{.L}}" + name, CArgs: "order int:m int:n sc:alpha vec:x int:incX vec:y int:incY vec:a int:lda",
		}
	}

	return []family{
		{Level: 2, Real: gemv(false, "crossGemv"), Cplx: gemv(true, "crossGemvC")},
		{Level: 2, Real: gbmv("crossGbmv"), Cplx: gbmv("crossGbmvC")},
		{Level: 2,
			Real: []variant{ger("ger", "alpha * x * yᵀ + A", "crossGer")},
			Cplx: []variant{ger("geru", "alpha * x * yᵀ + A", "crossGerC"), ger("gerc", "alpha * x * yᴴ + A", "crossGerC")},
		},
		tri("trmv", trmvDoc, "full"),
		tri("trsv", trsvDoc, "full"),
		tri("tbmv", trmvDoc+bandNote, "band"),
		tri("tbsv", trsvDoc+bandNote, "band"),
		tri("tpmv", trmvDoc+packNote, "packed"),
		tri("tpsv", trsvDoc+packNote, "packed"),
		sym("symv", "hemv", "full", ""),
		sym("sbmv", "hbmv", "band", "\n\nA is stored in gonum's row-major band format with k super- or\nsub-diagonals and leading dimension lda ≥ k+1."),
		sym("spmv", "hpmv", "packed", packNote),
		upd("syr", "her", false, false),
		upd("syr2", "her2", true, false),
		upd("spr", "hpr", false, true),
		upd("spr2", "hpr2", true, true),
	}
}

// upper capitalises the first letter of a routine name: "gemv" to "Gemv".
func upper(s string) string { return string(s[0]-'a'+'A') + s[1:] }
