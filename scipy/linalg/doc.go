// Package linalg is scipy.linalg for Go: dense linear algebra on native
// LAPACK (through the lapacke package), with SciPy's semantics and options,
// gonum mat types in and out, and typed errors instead of exceptions.
//
// # Conventions
//
// Matrices come in as gonum's mat.Matrix and go out as *mat.Dense; inputs
// are never modified. Each function family has an options struct passed as
// a pointer; nil, or the zero value of any field, means SciPy's default.
// An empty result is the zero-value mat.Dense (gonum has no 0×k matrices),
// so an n×0 or 0×n result loses its shape; empty inputs are accepted where
// SciPy 1.10 raises, with the result NumPy gives.
//
// Finiteness: by default every input is checked for NaN and ±Inf (O(n²),
// cheap next to the O(n³) work) and rejected with ErrNotFinite, as SciPy's
// check_finite=True does. The option field SkipFiniteCheck (zero value
// false, so the default is SciPy's) skips it for the direct methods (Solve,
// SolveTriangular, Inv, Det, SlogDet, LU, LUFactor, LUSolve, Cholesky,
// ChoFactor, ChoSolve, QR, Norm); then non-finite values give unspecified
// numbers, never a panic. The iterative methods (Eig, SVD, LstSq, Pinv and
// the SVD-based norms) always check, and Eigh always checks the triangle it
// reads: LAPACK's iterations can loop forever on NaN (dsyevr does), and a
// hang is worse than an error.
//
// # Errors
//
// Every error is an *Error whose Kind is one of ErrSingular,
// ErrNotPositiveDefinite, ErrNoConvergence, ErrShape, ErrNotFinite and
// ErrValue; errors.Is(err, linalg.ErrSingular) tests the kind. The error
// carries the function, the argument at fault, the LAPACK routine and its
// info, and a message saying what to do:
//
//	linalg.Solve: a: matrix is singular: U(3,3) is exactly zero; consider LstSq for a least-squares solution (dgetrf info=3)
//
// Matrix positions in messages and Info are 1-based, as LAPACK's info is.
// Ill-conditioning, which SciPy reports as a LinAlgWarning, is a result
// field (SolveResult.RCond and IllConditioned; LUFactorization.Singular),
// never a log line. No panic escapes the package: arguments are validated
// before LAPACK sees them, and a deferred recover turns anything missed into
// an ErrValue error that asks to be reported.
//
// # Concurrency
//
// Every function is safe for concurrent use. Native calls go through the
// lapacke package's semaphore; the BLAS threads of OpenBLAS are governed by
// OPENBLAS_NUM_THREADS as in SciPy.
//
// # SciPy names
//
//	SciPy                        Go                 Notes
//	scipy.linalg.solve           Solve              returns SolveResult{X, RCond, IllConditioned}; AssumeA "gen", "sym", "her", "pos"
//	scipy.linalg.solve_triangular SolveTriangular   Trans "N", "T", "C"
//	scipy.linalg.inv             Inv
//	scipy.linalg.det             Det                0×0 gives 1 (SciPy 1.10 raises)
//	numpy.linalg.slogdet         SlogDet            not in SciPy; NumPy's semantics (sign 0, -Inf when singular)
//	scipy.linalg.lu              LU                 LUResult{P, L, U}; PermuteL puts P·L in L
//	scipy.linalg.lu_factor       LUFactor           LUFactorization{LU, Piv, Singular}; Piv 0-based as in SciPy
//	scipy.linalg.lu_solve        LUSolve
//	scipy.linalg.cholesky        Cholesky           upper by default, as SciPy
//	scipy.linalg.cho_factor      ChoFactor          ChoFactorization{C, Lower}
//	scipy.linalg.cho_solve       ChoSolve
//	scipy.linalg.svd             SVD                SVDResult{U, S, Vh}; Economy is full_matrices=False; LapackDriver "gesdd", "gesvd"
//	scipy.linalg.svdvals         SVDVals
//	scipy.linalg.lstsq           LstSq              LstSqResult{X, Residues, Rank, S}; drivers "gelsd", "gelsy", "gelss"; Cond 0 means eps
//	scipy.linalg.eigh            Eigh               EighResult{W, V}; B, Type in the options; Upper is lower=False; drivers "ev", "evd", "evr", "gvd"
//	scipy.linalg.eigvalsh        EigvalsH
//	scipy.linalg.eig             Eig                EigResult{W, VL, VR} complex; B, Left, NoRight (right=False) in the options
//	scipy.linalg.eigvals         EigVals
//	scipy.linalg.qr              QR                 QRResult{Q, R, P}; Mode "full", "economic", "r" ("raw" not offered); Pivoting
//	scipy.linalg.pinv            Pinv               PinvResult{B, Rank}; Atol, Rtol (0 means default max(m,n)·eps)
//	scipy.linalg.norm            Norm               Ord as a string ("fro", "nuc", "inf", "-inf", "1", "2", …); a mat.Vector gets vector norms
//	scipy.linalg.kron            Kron
//	scipy.linalg.block_diag      BlockDiag          variadic blocks; empty blocks add no rows or columns
//	scipy.linalg.toeplitz        Toeplitz           []float64 in; nil r means r = c
//	scipy.linalg.circulant       Circulant
//	scipy.linalg.hankel          Hankel             nil r means zeros
//	scipy.linalg.hilbert         Hilbert
//	scipy.linalg.invhilbert      InvHilbert         exact=False only
//	scipy.linalg.companion       Companion
//	scipy.linalg.hadamard        Hadamard           float64 entries
//	scipy.linalg.pascal          Pascal             exact=False only; kind "" means "symmetric"
//	scipy.linalg.leslie          Leslie
//	scipy.linalg.dft             DFT                *mat.CDense; scale "", "sqrtn", "n"
//	scipy.linalg.fiedler         Fiedler
//	scipy.linalg.helmert         Helmert
//	scipy.linalg.expm            Expm               Higham 2005 scaling and squaring (SciPy adds the 2009 refinement); complex input: ExpmC
//	scipy.linalg.solve           SolveC             complex: SolveResultC{X, RCond, IllConditioned}; "sym" complex symmetric (zsysv), "her" Hermitian; Transposed solves aᵀx=b (SciPy 1.10 raises)
//	scipy.linalg.inv             InvC
//	scipy.linalg.det             DetC               complex128
//	numpy.linalg.slogdet         SlogDetC           sign complex of modulus 1 (0, -Inf when singular)
//	scipy.linalg.lu              LUC                LUResultC{P (real), L, U}
//	scipy.linalg.lu_factor       LUFactorC
//	scipy.linalg.lu_solve        LUSolveC           Trans "C" solves aᴴx=b
//	scipy.linalg.cholesky        CholeskyC          Hermitian positive definite
//	scipy.linalg.qr              QRC                QRResultC{Q, R, P}
//	scipy.linalg.eig             EigC               EigOptionsC (complex B); EigResult
//	scipy.linalg.eigvals         EigValsC
//	scipy.linalg.eigh            EighC              EighOptionsC (complex B); EighResultC{W real, V complex}; drivers "ev", "evd", "evr", "gvd"
//	scipy.linalg.eigvalsh        EigvalsHC
//	scipy.linalg.svd             SVDC               SVDResultC{U, S, Vh}
//	scipy.linalg.svdvals         SVDValsC
//	scipy.linalg.expm            ExpmC
//	(numpy astype(complex))      ToComplex          mat.Matrix → *mat.CDense
//	scipy.linalg.sqrtm           Sqrtm, SqrtmC      SqrtmResult{X, ErrEst}; Blocksize option; real a with negative eigenvalues is ErrValue (use SqrtmC); no root (nilpotent) is ErrSingular
//	scipy.linalg.logm            Logm, LogmC        LogmResult{X, ErrEst, Singular, NearlySingular}; singular a: SciPy's 1e-20 perturbation plus a flag instead of a warning; negative eigenvalues: ErrValue (use LogmC)
//	scipy.linalg.funm            Funm, FunmC        FunmResult{F, ErrEst}; f is func(complex128) complex128 called per eigenvalue
//	scipy.linalg.signm           Signm, SignmC      SignmResult{X, ErrEst}; disp=False semantics (ErrEst always returned), Newton loop bounded at 100
//	scipy.linalg.fractional_matrix_power FractionalMatrixPower, FractionalMatrixPowerC  singular a with p < 0 is ErrSingular (SciPy: NaN matrix)
//	scipy.linalg.cosm, sinm, tanm Cosm, Sinm, Tanm (+C)     via ExpmC; real in, real out
//	scipy.linalg.coshm, sinhm, tanhm Coshm, Sinhm, Tanhm (+C)  via Expm/ExpmC
//	scipy.linalg.expm_frechet    ExpmFrechet        ExpmFrechetResult{Expm, Frechet}; method "SPS" only; NoExpm is compute_expm=False
//	scipy.linalg.expm_cond       ExpmCond           explicit Kronecker form as SciPy: O(n⁵), small n only
//	scipy.linalg.khatri_rao      KhatriRao
//	scipy.linalg.solve_sylvester SolveSylvester     Bartels–Stewart (dgees, dtrsyl); like SciPy, no error when A and −B share eigenvalues
//	scipy.linalg.solve_continuous_lyapunov SolveContinuousLyapunov also solve_lyapunov
//	scipy.linalg.solve_discrete_lyapunov SolveDiscreteLyapunov Method "direct", "bilinear"; "" is SciPy's choice (direct for n < 10)
//	scipy.linalg.solve_continuous_are SolveContinuousAre AREOptions{E, S, NoBalance}; no stabilizing solution is ErrSingular
//	scipy.linalg.solve_discrete_are SolveDiscreteAre  as SolveContinuousAre
//	scipy.linalg.pinvh           PinvH              PinvResult{B, Rank}; Upper is lower=False
//	scipy.linalg.null_space      NullSpace          a full-rank input gives the empty Dense (gonum has no n×0)
//	scipy.linalg.orth            Orth
//	scipy.linalg.invpascal       InvPascal          exact=True integers rounded to float64 (all exact for n ≤ 30 symmetric, n ≤ 57 lower/upper)
//	numpy.linalg.cond            Cond               not in SciPy; P as a string; singular gives +Inf; NaN/Inf input is ErrNotFinite
//	numpy.linalg.matrix_rank     MatrixRank         not in SciPy; Tol 0 means default; an empty input has rank 0
//	scipy.linalg.solve_banded    SolveBanded        l, u ints; SciPy's band storage ab; dgtsv for l = u = 1, else dgbsv
//	scipy.linalg.solveh_banded   SolveHBanded       HBandedOptions{Lower}; dptsv for kd = 1, else dpbsv
//	scipy.linalg.cholesky_banded CholeskyBanded     HBandedOptions{Lower}; factor in the same band storage
//	scipy.linalg.cho_solve_banded ChoSolveBanded    (cb, lower, b); a zero diagonal in cb is ErrSingular
//	scipy.linalg.solve_toeplitz  SolveToeplitz      c, r []float64 (nil r: symmetric); Levinson, O(n²)
//	scipy.linalg.solve_circulant SolveCirculant     Singular "raise"/"lstsq", Tol (0 = default); default axes only; finite check
//	scipy.linalg.eig_banded      EigBanded          EighResult{W, V}; Select "a"/"v"/"i", SelectRange, MaxEv; always checks finiteness
//	scipy.linalg.eigvals_banded  EigvalsBanded
//	scipy.linalg.eigh_tridiagonal EighTridiagonal   LapackDriver "auto", "stemr", "stebz", "sterf", "stev"; Tol for stebz
//	scipy.linalg.eigvalsh_tridiagonal EigvalsHTridiagonal
//	scipy.linalg.ldl             LDL, LDLC          LDLResult{Lu, D, Perm}; Upper is lower=False; LDLC: Symmetric is hermitian=False
//	scipy.linalg.rq              RQ, RQC            RQResult{R, Q}; Mode "full", "economic", "r"
//	scipy.linalg.polar           Polar, PolarC      PolarResult{U, P}; Side "right", "left"
//	scipy.linalg.hessenberg      Hessenberg, HessenbergC  HessenbergResult{H, Q}; CalcQ
//	scipy.linalg.schur           Schur, SchurC      SchurResult{T, Z, Sdim}; Sort "lhp","rhp","iuc","ouc" or SortFunc (dgees + dtrsen); output="complex" is SchurC(ToComplex(a)); real "iuc"/"ouc" use |λ| (SciPy 1.10 uses Re λ, scipy#13137)
//	scipy.linalg.rsf2csf         RSF2CSF            returns SchurResultC{T, Z}
//	scipy.linalg.qz              QZ, QZC            QZResult{AA, BB, Q, Z}; output="complex" is QZC(ToComplex(a), ToComplex(b)); sort (disabled in SciPy) not offered
//	scipy.linalg.ordqz           OrdQZ, OrdQZC      OrdQZResult{AA, BB, Alpha, Beta, Q, Z}; Sort (default "lhp") or SortFunc(α, β); dgges then dtgsen, as SciPy
//
// Complex input: functions ending in C take mat.CMatrix and return
// *mat.CDense (real eigenvalues and singular values stay float64); real data
// goes through ToComplex. SkipFiniteCheck behaves as for the real functions:
// EigC and SVDC always check; EighC always checks the triangle it reads.
//
// Every Schur-based matrix function (Sqrtm, Logm, Funm, FractionalMatrixPower)
// uses the complex Schur form (zgees); SciPy uses the real form plus
// rsf2csf, and the values agree to rounding.
//
// LDL, RQ and Hessenberg honour SkipFiniteCheck (direct methods); Schur, QZ,
// OrdQZ and Polar always check finiteness. QZ's iteration failing is
// ErrNoConvergence (SciPy warns and returns a result that is not in Schur
// form).
//
// Empty inputs and 1×1 tridiagonal or band problems are solved where SciPy
// 1.10's wrappers raise; EigBanded returns the right eigenvalue for a 1×1
// upper band, where SciPy returns ab[0,0].
//
// The Riccati solvers report "no stabilizing solution" (SciPy's
// LinAlgError) and a numerically singular r or E (SciPy's ValueError) as
// ErrSingular; a non-symmetric q or r is ErrValue.
//
// Solve, Inv, Det and SlogDet factor aᵀ rather than a (lut.go): a row-major
// matrix read column-major is its transpose, so LAPACK works on it in place
// without LAPACKE's transposed copies, and the LU of aᵀ gives the same
// solutions, inverse and determinant up to rounding. An exactly singular a
// is reported with the zero pivot of that factorization. LU and LUFactor,
// whose factors the caller sees, factor a itself.
//
// Differences from SciPy 1.10 besides those in the table: a failed Cholesky
// inside Solve(AssumeA "pos") is ErrNotPositiveDefinite (SciPy says "Matrix
// is singular."); for "sym", "her" and "pos" RCond uses the norm of the
// symmetric matrix actually solved (SciPy uses the 1-norm of the whole
// array, unread triangle included); for real input "her" is "sym".
//
// Eigh's subsets (SubsetByIndex, SubsetByValue) need the "evr" driver and
// no B; SciPy's "evx", "gv" and "gvx" drivers are not available yet.
//
// Not yet implemented (see issue 5): the rest of scipy.linalg not listed in
// the table.
package linalg
