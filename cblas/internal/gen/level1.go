package main

// specs returns every spec table, Level 1 to 3.
func specs() []family {
	var out []family
	out = append(out, level1()...)
	out = append(out, level2()...)
	out = append(out, level3()...)
	return out
}

// Level 1 checks. gonum's Level 1 routines differ in the order of their
// checks and in what they return for n == 0 or a negative increment; each
// template below follows the gonum routine it names, and the panic tests
// compare every method against gonum on the same arguments.

// twoVecCheck is the check of Ddot, Dswap, Zcopy, …: both increments,
// then n, then the lengths. {{.Zero}} is what the routine returns for
// n == 0 (see withZero).
const twoVecCheck = `{{zero "incX" "zeroIncX"}}
{{zero "incY" "zeroIncY"}}
if n < 1 {
	if n == 0 {
		return {{.Zero}}
	}
	panic(nLT0)
}
{{vec "x" "n" "incX" "shortX"}}
{{vec "y" "n" "incY" "shortY"}}`

// twoVecArgs are the C arguments of the two-vector routines.
const twoVecArgs = "int:n vec:x int:incX vec:y int:incY"

// unitTwoVec is the condition of the two-vector Unit paths: unit strides
// and arguments gonum's checks would pass, so that nothing but the kernel
// call is skipped.
const unitTwoVec = "incX == 1 && incY == 1 && n > 0 && len(x) >= n && len(y) >= n"

// withUnit returns v with its Unit path set.
func withUnit(v variant, unit string) variant {
	v.Unit = unit
	return v
}

// level1 is the Level 1 spec table.
func level1() []family {
	dot := func(name, cname, results, ret, cross string) variant {
		return variant{
			Name: name, Params: "n int, x []{{.T}}, incX int, y []{{.T}}, incY int", Results: results,
			Size: "n", Cross: cross,
			Check: withZero(twoVecCheck, "0"),
			CName: cname, CArgs: twoVecArgs, CRet: "R", Ret: ret,
		}
	}
	ddot := dot("{{.U}}dot", "{{.L}}dot", "{{.T}}", "{{.T}}(ret)", "crossDot")
	ddot.Unit = `{{if eq .U "D"}}if ` + unitTwoVec + ` {
	return floats.Dot(x[:n], y[:n])
}{{end}}`
	ddot.Doc = "computes the dot product of x and y,\n\n\t\\sum_i x[i]*y[i],\n\nover n elements taken with strides incX and incY."
	dsdot := dot("Dsdot", "dsdot", "float64", "float64(ret)", "crossDot")
	dsdot.Only, dsdot.CRet = "S", "double"
	dsdot.Doc = "computes the dot product of the float32 vectors x and y with\nfloat64 accumulation and result,\n\n\t\\sum_i float64(x[i])*float64(y[i])."
	sdsdot := dot("Sdsdot", "sdsdot", "float32", "float32(ret)", "crossDot")
	sdsdot.Only = "S"
	sdsdot.Params = "n int, alpha float32, x []float32, incX int, y []float32, incY int"
	sdsdot.CArgs = "int:n re:alpha vec:x int:incX vec:y int:incY"
	sdsdot.Doc = "computes alpha plus the dot product of x and y, accumulated in\nfloat64,\n\n\talpha + \\sum_i x[i]*y[i].\n\nLike gonum, it returns 0 (not alpha) when n == 0."

	cdot := func(kind, doc string) variant {
		return variant{
			Name: "{{.U}}dot" + kind, Params: "n int, x []{{.T}}, incX int, y []{{.T}}, incY int", Results: "{{.T}}",
			Doc:  doc,
			Size: "n", Cross: "crossDotC",
			Check: withZero(twoVecCheck, "0"),
			Pre:   "var dot {{.T}}",
			CName: "{{.L}}dot" + kind + "_sub", CArgs: twoVecArgs + " out:dot", Ret: "dot",
		}
	}

	void := func(name, cname, doc, cross string) variant {
		return variant{
			Name: name, Params: "n int, x []{{.T}}, incX int, y []{{.T}}, incY int",
			Doc: doc, Size: "n", Cross: cross,
			Check: withZero(twoVecCheck, ""),
			CName: cname, CArgs: twoVecArgs,
		}
	}
	swapDoc := "exchanges the elements of the vectors x and y,\n\n\tx[i], y[i] = y[i], x[i]\n\nfor n elements taken with strides incX and incY."
	copyDoc := "copies the elements of x into y,\n\n\ty[i] = x[i]\n\nfor n elements taken with strides incX and incY; x is not modified."

	axpy := func(cross string) variant {
		return variant{
			Name: "{{.U}}axpy", Params: "n int, alpha {{.T}}, x []{{.T}}, incX int, y []{{.T}}, incY int",
			Doc:  "adds alpha times x to y,\n\n\ty[i] += alpha * x[i]\n\nfor n elements taken with strides incX and incY. y is overwritten.",
			Size: "n", Cross: cross,
			Check: withZero(twoVecCheck, "") + "\nif alpha == 0 {\nreturn\n}",
			Unit: `{{if eq .U "D"}}if ` + unitTwoVec + ` {
	if alpha != 0 {
		floats.AddScaled(y[:n], alpha, x[:n])
	}
	return
}{{end}}`,
			CName: "{{.L}}axpy", CArgs: "int:n sc:alpha vec:x int:incX vec:y int:incY",
		}
	}

	return []family{
		{Level: 1,
			Real: []variant{ddot, sdsdot, dsdot},
			Cplx: []variant{
				cdot("u", "computes the unconjugated dot product of x and y,\n\n\t\\sum_i x[i]*y[i]."),
				cdot("c", "computes the dot product of the conjugate of x with y,\n\n\t\\sum_i conj(x[i])*y[i]."),
			},
		},
		{Level: 1,
			Real: []variant{{
				Name: "{{.U}}nrm2", Params: "n int, x []{{.T}}, incX int", Results: "{{.T}}",
				Doc:  "computes the Euclidean norm of the vector x,\n\n\tsqrt(\\sum_i x[i]*x[i]),\n\nover n elements with stride incX. Like gonum, it returns 0 if incX < 0.",
				Size: "n", Cross: "crossNrm2",
				Check: `if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return 0
}
if len(x) <= (n-1)*incX {
	panic(shortX)
}
if n < 1 {
	if n == 0 {
		return 0
	}
	panic(nLT0)
}`,
				CName: "{{.L}}nrm2", CArgs: "int:n vec:x int:incX", CRet: "R", Ret: "{{.T}}(ret)",
			}},
			Cplx: []variant{{
				Name: "{{.RU}}{{.L}}nrm2", Params: "n int, x []{{.T}}, incX int", Results: "{{.R}}",
				Doc:  "computes the Euclidean norm of the complex vector x,\n\n\tsqrt(\\sum_i |x[i]|^2),\n\nover n elements with stride incX. Like gonum, it returns 0 if incX < 0.",
				Size: "n", Cross: "crossNrm2C",
				Check: `if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return 0
}
if n < 1 {
	if n == 0 {
		return 0
	}
	panic(nLT0)
}
if (n-1)*incX >= len(x) {
	panic(shortX)
}`,
				CName: "{{.RL}}{{.L}}nrm2", CArgs: "int:n vec:x int:incX", CRet: "R", Ret: "{{.R}}(ret)",
			}},
		},
		{Level: 1,
			Real: []variant{{
				Name: "{{.U}}asum", Params: "n int, x []{{.T}}, incX int", Results: "{{.T}}",
				Doc:  "computes the sum of the absolute values of the elements of x,\n\n\t\\sum_i |x[i]|,\n\nover n elements with stride incX. Like gonum, it returns 0 if incX < 0.",
				Size: "n", Cross: "crossAsum",
				Check: `{{lt "n" "0" "nLT0"}}
if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return 0
}
if len(x) <= (n-1)*incX {
	panic(shortX)
}
if n == 0 {
	return 0
}`,
				CName: "{{.L}}asum", CArgs: "int:n vec:x int:incX", CRet: "R", Ret: "{{.T}}(ret)",
			}},
			Cplx: []variant{{
				Name: "{{.RU}}{{.L}}asum", Params: "n int, x []{{.T}}, incX int", Results: "{{.R}}",
				Doc:  "computes the sum of the absolute values of the real and imaginary\nparts of the elements of x,\n\n\t\\sum_i |real(x[i])| + |imag(x[i])|,\n\nover n elements with stride incX. Like gonum, it returns 0 if incX < 0.",
				Size: "n", Cross: "crossAsumC",
				Check: `{{lt "n" "0" "nLT0"}}
if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return 0
}
if (n-1)*incX >= len(x) {
	panic(shortX)
}
if n == 0 {
	return 0
}`,
				CName: "{{.RL}}{{.L}}asum", CArgs: "int:n vec:x int:incX", CRet: "R", Ret: "{{.R}}(ret)",
			}},
		},
		{Level: 1,
			Real: []variant{{
				Name: "I{{.L}}amax", Params: "n int, x []{{.T}}, incX int", Results: "int",
				Doc:  "returns the index of an element of x with the largest absolute\nvalue; if several have it, the earliest. It returns -1 if n == 0 or\nincX < 0, as gonum does.",
				Size: "n", Cross: "crossIamax",
				Check: `if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return -1
}
if len(x) <= (n-1)*incX {
	panic(shortX)
}
if n < 1 {
	if n == 0 {
		return -1
	}
	panic(nLT0)
}`,
				CName: "i{{.L}}amax", CArgs: "int:n vec:x int:incX", CRet: "idx", Ret: "int(ret)",
			}},
			Cplx: []variant{{
				Name: "I{{.L}}amax", Params: "n int, x []{{.T}}, incX int", Results: "int",
				Doc:  "returns the index of an element of x with the largest value of\n|real(x[i])| + |imag(x[i])|; if several have it, the earliest. It returns -1\nif n == 0 or incX < 0, as gonum does.",
				Size: "n", Cross: "crossIamaxC",
				Check: `if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return -1
}
if n < 1 {
	if n == 0 {
		return -1
	}
	panic(nLT0)
}
if len(x) <= (n-1)*incX {
	panic(shortX)
}`,
				CName: "i{{.L}}amax", CArgs: "int:n vec:x int:incX", CRet: "idx", Ret: "int(ret)",
			}},
		},
		{Level: 1,
			Real: []variant{void("{{.U}}swap", "{{.L}}swap", swapDoc, "crossSwap")},
			Cplx: []variant{void("{{.U}}swap", "{{.L}}swap", swapDoc, "crossSwapC")},
		},
		{Level: 1,
			Real: []variant{withUnit(void("{{.U}}copy", "{{.L}}copy", copyDoc, "crossCopy"), `{{if eq .U "D"}}if `+unitTwoVec+` {
	copy(y[:n], x[:n])
	return
}{{end}}`)},
			Cplx: []variant{void("{{.U}}copy", "{{.L}}copy", copyDoc, "crossCopyC")},
		},
		{Level: 1,
			Real: []variant{axpy("crossAxpy")},
			Cplx: []variant{axpy("crossAxpyC")},
		},
		{Level: 1,
			Real: []variant{{
				Name: "{{.U}}scal", Params: "n int, alpha {{.T}}, x []{{.T}}, incX int",
				Doc:  "scales the vector x by alpha,\n\n\tx[i] *= alpha,\n\nover n elements with stride incX. Like gonum, it does nothing if incX < 0,\nand alpha == 0 sets the elements to zero (gonum's code does that).",
				Size: "n", Cross: "crossScal",
				Check: `if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return
}
if n < 1 {
	if n == 0 {
		return
	}
	panic(nLT0)
}
if (n-1)*incX >= len(x) {
	panic(shortX)
}
if alpha == 0 {
	{{gonum}}
}`,
				Unit: `{{if eq .U "D"}}if incX == 1 && n > 0 && len(x) >= n {
	if alpha == 0 {
		clear(x[:n])
	} else {
		floats.Scale(alpha, x[:n])
	}
	return
}{{end}}`,
				CName: "{{.L}}scal", CArgs: "int:n sc:alpha vec:x int:incX",
			}},
			Cplx: []variant{
				cscal("{{.U}}scal", "{{.L}}scal", "{{.T}}", "sc"),
				cscal("{{.U}}{{.RL}}scal", "{{.L}}{{.RL}}scal", "{{.R}}", "re"),
			},
		},
		{Level: 1,
			Real: []variant{{
				Name: "{{.U}}rotg", Params: "a, b {{.T}}", Results: "c, s, r, z {{.T}}",
				Doc:   "computes the plane rotation\n\n\t⎡  c s ⎤ ⎡ a ⎤ = ⎡ r ⎤\n\t⎣ -s c ⎦ ⎣ b ⎦   ⎣ 0 ⎦\n\nwith c² + s² = 1, and z, from which c and s can be recovered.",
				CName: "{{.L}}rotg", CArgs: "out:a out:b out:c out:s", Ret: "c, s, a, b",
			}, {
				Name: "{{.U}}rotmg", Params: "d1, d2, b1, b2 {{.T}}", Results: "p blas.{{.U}}rotmParams, rd1, rd2, rb1 {{.T}}",
				Doc:   "computes the modified Givens rotation that zeroes the second\ncomponent of (sqrt(d1)*b1, sqrt(d2)*b2).",
				Pre:   "var param [5]{{.T}}",
				CName: "{{.L}}rotmg", CArgs: "out:d1 out:d2 out:b1 re:b2 arr:param",
				Ret: "blas.{{.U}}rotmParams{Flag: blas.Flag(param[0]), H: [4]{{.T}}{param[1], param[2], param[3], param[4]}}, d1, d2, b1",
			}},
		},
		{Level: 1,
			Real: []variant{{
				Name: "{{.U}}rot", Params: "n int, x []{{.T}}, incX int, y []{{.T}}, incY int, c, s {{.T}}",
				Doc:  "applies the plane rotation (c, s) to the vectors x and y,\n\n\tx[i], y[i] = c*x[i] + s*y[i], c*y[i] - s*x[i],\n\nover n elements with strides incX and incY. x and y are overwritten.",
				Size: "n", Cross: "crossRot",
				Check: withZero(twoVecCheck, ""),
				CName: "{{.L}}rot", CArgs: twoVecArgs + " re:c re:s",
			}, {
				Name: "{{.U}}rotm", Params: "n int, x []{{.T}}, incX int, y []{{.T}}, incY int, p blas.{{.U}}rotmParams",
				Doc:  "applies the modified Givens rotation H described by p to the\n2×n matrix with rows x and y,\n\n\t[x[i]; y[i]] = H * [x[i]; y[i]].\n\nx and y are overwritten. Like gonum, it does nothing when p.Flag is\nblas.Identity or not a valid flag (reference BLAS would treat an\nunknown positive flag as blas.Diagonal).",
				Size: "n", Cross: "crossRotm",
				Check: `{{zero "incX" "zeroIncX"}}
{{zero "incY" "zeroIncY"}}
if n <= 0 {
	if n == 0 {
		return
	}
	panic(nLT0)
}
{{vec "x" "n" "incX" "shortX"}}
{{vec "y" "n" "incY" "shortY"}}
switch p.Flag {
case blas.Rescaling, blas.OffDiagonal, blas.Diagonal:
default:
	return
}`,
				Pre:   "param := [5]{{.T}}{ {{.T}}(p.Flag), p.H[0], p.H[1], p.H[2], p.H[3]}",
				CName: "{{.L}}rotm", CArgs: twoVecArgs + " arr:param",
			}},
		},
	}
}

// cscal is the template of Cscal/Zscal (kind "sc", complex alpha) and
// Csscal/Zdscal (kind "re", real alpha).
func cscal(name, cname, alpha, kind string) variant {
	return variant{
		Name: name, Params: "n int, alpha " + alpha + ", x []{{.T}}, incX int",
		Doc:  "scales the complex vector x by the " + map[string]string{"sc": "complex", "re": "real"}[kind] + " scalar alpha,\n\n\tx[i] *= alpha,\n\nover n elements with stride incX. Like gonum, it does nothing if incX < 0,\nand alpha == 0 sets the elements to zero (gonum's code does that).",
		Size: "n", Cross: "crossScalC",
		Check: `if incX < 1 {
	if incX == 0 {
		panic(zeroIncX)
	}
	return
}
if (n-1)*incX >= len(x) {
	panic(shortX)
}
if n < 1 {
	if n == 0 {
		return
	}
	panic(nLT0)
}
if alpha == 0 {
	{{gonum}}
}`,
		CName: cname, CArgs: "int:n " + kind + ":alpha vec:x int:incX",
	}
}

// withZero fills in what a routine returns for n == 0: 0 for the dot
// products, nothing for the void routines.
func withZero(check, zero string) string {
	if zero == "" {
		return replace(check, "return {{.Zero}}", "return")
	}
	return replace(check, "{{.Zero}}", zero)
}
