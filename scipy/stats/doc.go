// Package stats is scipy.stats for Go: probability distributions with
// SciPy's semantics and accuracy in the tails, maximum-likelihood fitting,
// and SciPy's descriptive statistics and hypothesis tests with its result
// fields.
//
// # Distributions
//
// A distribution is a value with every parameter fixed, SciPy's frozen
// distribution: NewNorm(loc, scale) is scipy.stats.norm(loc, scale). Every
// continuous distribution implements Continuous: PDF, LogPDF, CDF, LogCDF,
// SF, LogSF, PPF, ISF, Mean, Var, Std, Skew, Kurtosis (excess), Entropy,
// Median, Interval, Moment, Support and Rand. Constructors take SciPy's
// shape parameters first, then loc and scale, and validate them: where
// SciPy returns a distribution that answers NaN to everything (scale ≤ 0,
// a shape outside its domain), the constructor returns an *Error of kind
// ErrValue naming the argument. Data arguments follow SciPy instead: NaN
// gives NaN, a probability outside [0, 1] gives NaN, x outside the support
// gives a density of 0.
//
// Every discrete distribution (SciPy's rv_discrete, with loc only)
// implements Discrete: PMF, LogPMF, CDF, LogCDF, SF, LogSF, PPF, ISF and
// the statistics, with k a float64 as in SciPy: PMF is 0 off the integers
// and PPF returns the smallest integer k with CDF(k) ≥ q.
//
// Tails are computed directly, never as 1 - CDF: SF and ISF stay accurate
// where CDF rounds to 1, and LogPDF, LogCDF and LogSF where the plain
// values underflow. The target is 1e-13 relative error against mpmath over
// the whole domain, up to the conditioning of the input (a float64 x is
// rounded once more by (x-loc)/scale); the golden tests
// (scripts/golden/stats.py, testdata/stats) check it and log the achieved
// errors.
//
// Randomness comes from a caller-supplied *rand.Rand (math/rand/v2), never
// a global source, so results are reproducible. Distributions are
// immutable and safe for concurrent use; a *rand.Rand is not, so give each
// goroutine its own.
//
// # Errors
//
// Every error is an *Error whose Kind is ErrValue, ErrShape or ErrEmpty;
// errors.Is(err, stats.ErrValue) tests the kind. The message names the
// function and the argument: "stats.NewNorm: scale: must be positive and
// finite, got -1".
//
// # SciPy names
//
//	SciPy                      Go                            Notes
//	scipy.stats.norm           NewNorm(loc, scale)           PDF uses an exact y² split in the tails
//	scipy.stats.expon          NewExpon(loc, scale)
//	scipy.stats.uniform        NewUniform(loc, scale)        on [loc, loc+scale]
//	scipy.stats.cauchy         NewCauchy(loc, scale)         moments NaN, as SciPy
//	scipy.stats.laplace        NewLaplace(loc, scale)
//	scipy.stats.logistic       NewLogistic(loc, scale)
//	scipy.stats.gumbel_r       NewGumbelR(loc, scale)
//	scipy.stats.gumbel_l       NewGumbelL(loc, scale)
//	scipy.stats.rayleigh       NewRayleigh(loc, scale)
//	scipy.stats.lognorm        NewLognorm(s, loc, scale)
//	scipy.stats.weibull_min    NewWeibullMin(c, loc, scale)
//	scipy.stats.weibull_max    NewWeibullMax(c, loc, scale)
//	scipy.stats.t              NewT(df, loc, scale)          Stdtr tails; PPF via Betaincinv on the smaller of z, 1-z (log series where z underflows)
//	scipy.stats.chi2           NewChi2(df, loc, scale)       entropy exact (SciPy's loses 6e-10 at df = 1)
//	scipy.stats.f              NewF(dfn, dfd, loc, scale)
//	scipy.stats.gamma          NewGamma(a, loc, scale)
//	scipy.stats.beta           NewBeta(a, b, loc, scale)
//	scipy.stats.invgamma       NewInvGamma(a, loc, scale)
//	scipy.stats.maxwell        NewMaxwell(loc, scale)
//	scipy.stats.invgauss       NewInvGauss(mu, loc, scale)   SF without cancellation (SciPy's is 0 or negative far out)
//	scipy.stats.genextreme     NewGenExtreme(c, loc, scale)  SciPy's sign of c; c = 0 is GumbelR
//	scipy.stats.genpareto      NewGenPareto(c, loc, scale)
//	scipy.stats.truncnorm      NewTruncNorm(a, b, loc, scale) a, b in standard units, may be ±Inf; exact far out (a = 30, b = 40)
//	scipy.stats.nct            NewNCT(df, nc, loc, scale)    CDF/SF/PDF as integrals of positive integrands, exact where Boost's series cancel; Kurtosis correct at nc = 0 (SciPy 1.10 returns 0)
//	scipy.stats.ncx2           NewNCX2(df, nc, loc, scale)   Poisson sums in stable directions, Log* far below 1e-308; nc = 0 is Chi2; NaN for nc ≳ 1e9
//	scipy.stats.skewnorm       NewSkewNorm(a, loc, scale)    light tail by quadrature where Φ(y) - 2T(y, a) cancels
//	scipy.stats.triang         NewTriang(c, loc, scale)
//	scipy.stats.exponweib      NewExponweib(a, c, loc, scale) moments and entropy by quadrature
//	scipy.stats.vonmises       NewVonMises(kappa, loc, scale) support [-π, π] (SciPy 1.10 extends the CDF periodically); CDF by tail quadrature
//	scipy.stats.pareto         NewPareto(b, loc, scale)      Moment(n) = +Inf for n ≥ b (SciPy's quadrature returns wrong finite values)
//	scipy.stats.binom          NewBinom(n, p, loc)           PMF in Loader's saddle-point form; tails summed where 1-p would round
//	scipy.stats.bernoulli      NewBernoulli(p, loc)
//	scipy.stats.poisson        NewPoisson(mu, loc)           Entropy by its asymptotic series for mu ≥ 1e5
//	scipy.stats.geom           NewGeom(p, loc)               Entropy 0 at p = 1
//	scipy.stats.nbinom         NewNBinom(n, p, loc)          real n > 0
//	scipy.stats.hypergeom      NewHypergeom(M, n, N, loc)    SciPy's argument order
//	scipy.stats.betabinom      NewBetaBinom(n, a, b, loc)    CDF/SF/PPF O(n) for U-shaped PMFs (a, b < 1)
//	scipy.stats.zipf           NewZipf(a, loc)               CDF by Euler–Maclaurin; Entropy from ζ'(a)
//	scipy.stats.dlaplace       NewDLaplace(a, loc)
//	scipy.stats.randint        NewRandInt(low, high, loc)    values low…high-1
//	rv_discrete.pmf …          Discrete methods              PPF(0) = lower end - 1 as SciPy; ISF(q) = smallest k with SF(k) ≤ q
//	rv_continuous.pdf …        Continuous methods            moment(n) is Moment(n); interval(c) is Interval(c) with an error for c outside [0, 1]
//	rv_continuous.stats        Mean, Var, Skew, Kurtosis     exact from closed forms where SciPy loses digits to cancellation
//	scipy.stats.describe       Describe                      DescribeResult{NObs, Min, Max, Mean, Variance, Skewness, Kurtosis}; DDOF *int (nil = 1)
//	scipy.stats.moment         Moment                        Center option (SciPy 1.11's center)
//	scipy.stats.skew           Skew                          Unbiased is bias=False
//	scipy.stats.kurtosis       Kurtosis                      Pearson is fisher=False
//	scipy.stats.variation      Variation                     DDOF *int (nil = 0)
//	scipy.stats.sem            Sem                           DDOF *int (nil = 1)
//	scipy.stats.zscore         Zscore
//	scipy.stats.iqr            IQR                           Rng, Scale, Normal (scale="normal"), Interpolation
//	scipy.stats.gmean          Gmean                         Weights
//	scipy.stats.hmean          Hmean                         negative elements are ErrValue, as SciPy raises
//	scipy.stats.pmean          Pmean
//	scipy.stats.mode           Mode                          ModeResult{Mode, Count}; keepdims=False; empty is ErrEmpty (SciPy 1.10 raises)
//	scipy.stats.trim_mean      TrimMean
//	scipy.stats.trimboth       TrimBoth                      returned sorted (SciPy: partitioned)
//	scipy.stats.rankdata       RankData                      Method "average", "min", "max", "dense", "ordinal"
//	scipy.stats.percentileofscore PercentileOfScore          Kind "rank", "weak", "strict", "mean"
//	scipy.stats.scoreatpercentile ScoreAtPercentile          Limit, Interpolation "fraction", "lower", "higher"
//	scipy.stats.ttest_1samp    TTest1Samp                    TTestResult{Statistic, PValue, DF}.ConfidenceInterval(level) (exact t quantiles; SciPy 1.10's stdtrit is off by ~1e-9)
//	scipy.stats.ttest_ind      TTestInd                      Welch is equal_var=False; TTestResult with DF and ConfidenceInterval(level) of mean(a)-mean(b) (SciPy 1.11)
//	scipy.stats.ttest_rel      TTestRel                      TTestResult, as TTest1Samp
//	scipy.stats.mannwhitneyu   MannWhitneyU                  NoContinuity is use_continuity=False; Method "auto", "exact", "asymptotic"
//	scipy.stats.wilcoxon       Wilcoxon                      y nil for one sample; ZeroMethod, Correction, Method "auto", "exact", "approx"
//	scipy.stats.kruskal        Kruskal                       samples as [][]float64
//	scipy.stats.friedmanchisquare FriedmanChiSquare
//	scipy.stats.f_oneway       FOneway                       DF is the between-group k-1
//	scipy.stats.bartlett       Bartlett
//	scipy.stats.levene         Levene                        samples as [][]float64; Center "median", "mean", "trimmed"
//	scipy.stats.chisquare      ChiSquare                     FExp, DDOF
//	scipy.stats.skewtest       SkewTest
//	scipy.stats.kurtosistest   KurtosisTest
//	scipy.stats.normaltest     NormalTest
//	scipy.stats.jarque_bera    JarqueBera
//	scipy.stats.pearsonr       PearsonR                      PearsonRResult{Statistic, PValue}.ConfidenceInterval(level)
//	scipy.stats.spearmanr      SpearmanR                     two samples
//	scipy.stats.linregress     LinRegress                    LinRegressResult{Slope, Intercept, RValue, PValue, StdErr, InterceptStdErr}
//	scipy.stats.binomtest      BinomTest(k, n, p, opts)      BinomTestResult{K, N, Alternative, Statistic, PValue}.ProportionCI(level), Clopper–Pearson
//	scipy.stats.kendalltau     KendallTau                    Variant "b", "c"; Method "auto", "exact", "asymptotic"; O(n log n)
//	scipy.stats.fisher_exact   FisherExact([2][2]int, opts)  Statistic is the odds ratio
//	scipy.stats.chi2_contingency Chi2Contingency             Chi2ContingencyResult{Statistic, PValue, DOF, ExpectedFreq}; NoCorrection is correction=False
//	scipy.stats.entropy        Entropy                       QK for the relative entropy; Base
//	scipy.stats.wasserstein_distance WassersteinDistance     UWeights, VWeights
//	scipy.stats.energy_distance EnergyDistance
//	scipy.stats.theilslopes    TheilSlopes(y, x, opts)       y first as SciPy; Confidence is alpha (0 = 0.95); Method "separate", "joint"
//	scipy.stats.siegelslopes   SiegelSlopes(y, x, opts)      Method "hierarchical", "separate"
//	scipy.stats.pointbiserialr PointBiserialR([]bool, y)
//	scipy.stats.fligner        Fligner                       samples as [][]float64; LeveneOptions
//	scipy.stats.mood           Mood                          Mielke's tie correction as SciPy
//	scipy.stats.shapiro        Shapiro                       AS R94 in double precision (SciPy 1.10: single; ≥ 1.13: double)
//	scipy.stats.anderson       Anderson(x, dist)             dist "norm", "expon", "logistic", "gumbel"/"gumbel_l"/"extreme1", "gumbel_r"; AndersonResult{Statistic, CriticalValues, SignificanceLevel, FitParams}; logistic fit solved exactly (SciPy 1.10's fsolve xtol 1e-5 is ~1e-7 off)
//	scipy.stats.anderson_ksamp AndersonKSamp(samples, opts)  AndersonKSampResult{Statistic, CriticalValues, CriticalLevels, PValue, PValueCapped, PValueFloored}; NoMidrank is midrank=False; no permutation method
//	scipy.stats.ks_1samp       KS1Samp(x, cdf, opts)         KSResult{Statistic, PValue, StatisticLocation, StatisticSign}; Method "auto"/"exact", "approx", "asymp"; NanPolicy (SciPy 1.11)
//	scipy.stats.ks_2samp       KS2Samp(a, b, opts)           KSResult; Method "auto", "exact", "asymp" (exact falls back to asymp as SciPy, without the warning)
//	scipy.stats.kstest         KSTest(x, dist, opts)         dist a Continuous (frozen distribution); the two-sample form is KS2Samp
//	scipy.stats.cramervonmises CramerVonMises                cdf is func(float64) float64 (pass d.CDF for a frozen distribution); NaN data gives NaN p (SciPy: 1)
//	scipy.stats.cramervonmises_2samp CramerVonMises2Samp     Method "auto", "exact", "asymptotic"; exact refuses sizes too large to count (ErrValue)
//	scipy.stats.ansari         Ansari                        exact p-value counted in float64 (SciPy's AS 93 float32 counts differ by up to ~1e-7); empty sample is ErrEmpty
//	scipy.stats.poisson_means_test PoissonMeansTest          k1, n1, k2, n2; opts Diff, Alternative
//	scipy.stats.barnard_exact  BarnardExact                  [2][2]int table; Unpooled is pooled=False; maximum over the nuisance parameter by grid + golden section instead of shgo (no n)
//	scipy.stats.boschloo_exact BoschlooExact                 [2][2]int table; as BarnardExact
//	scipy.stats.multivariate_normal NewMultivariateNormal(mean, cov, opts) AllowSingular; PDF/LogPDF(x) (v, err); CDF/LogCDF/CDFWithError(x, opts) MVNCDFOptions{MaxPts, AbsEps, RelEps, LowerLimit, Rand}; exact 1-D/2-D/independent CDF (2-D ~1e-13 relative, tails included), Genz lattice above; Rand, Entropy, Mean, Cov, Dim
//	rv_continuous.fit          Fit(family, data, opts)       FitOptions{Fixed, Guess, Method "MLE"|"MM"}; SciPy 1.10's closed forms, else its fmin path (internal/neldermead); vonmises as vonmises_line
//	scipy.stats.<name>         NormFamily, GammaFamily, …    unfrozen distributions for Fit; Families(); Family.New(shapes, loc, scale)
//	scipy.stats.gaussian_kde   NewGaussianKDE(dataset, opts) data as d rows × n points (1-D: [][]float64{x}); BwMethod "scott"/"silverman", BwFactor, BwFunc, Weights; Evaluate, LogPDF, Resample(size, r), IntegrateBox1D, IntegrateGaussian, IntegrateKDE, Marginal, Factor, Covariance, Neff; no d-D integrate_box
//	scipy.stats.bootstrap      Bootstrap(data, statistic, opts) BootstrapResult{ConfidenceInterval{Low, High}, BootstrapDistribution, StandardError}; Method "BCa" (default), "percentile", "basic"; Paired; Rand required
//	scipy.stats.permutation_test PermutationTest             PermutationTestResult{Statistic, PValue, NullDistribution}; PermutationType "independent", "samples", "pairings"; exact when the permutations number ≤ NResamples
//	scipy.stats.monte_carlo_test MonteCarloTest(sample, rvs, statistic, opts) rvs(r, n) draws from opts.Rand; p-value (count+1)/(NResamples+1) as SciPy
//
// Tests return SciPy's result fields; Alternative is "two-sided" (the
// zero value), "less" or "greater"; p-value tails come from the special
// functions directly. The golden tests (scripts/golden/stats_tests.py)
// hold every statistic and p-value to 1e-11 of SciPy's, and the
// Clopper–Pearson bounds to mpmath (SciPy's beta.ppf is off by 1.5e-11 at
// k = 1, n = 1000).
//
// Samples are []float64 (SciPy's axis argument has no counterpart: pass
// each 1-D slice). NanPolicy is SciPy's nan_policy, NanPropagate (the zero
// value) by default. Options whose SciPy default is not Go's zero value are
// pointers, nil meaning SciPy's default: DDOF: new(0) asks for ddof=0 where
// SciPy's default is 1.
//
// Not yet offered: scipy.stats.fit (the
// bounded fitting function) and fit's optimizer argument, the kstwo, ksone
// and kstwobign distributions (the KS tests compute their tails
// internally), and AndersonKSamp's permutation method (SciPy ≥ 1.12).
//
// Resampling functions take a caller-supplied *rand.Rand; their results
// are reproducible for a seed but cannot reproduce SciPy's random stream.
// NResamples is capped at MaxResamples (10⁷).
package stats
