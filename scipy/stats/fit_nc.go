package stats

// Families of the non-central distributions. SciPy 1.10 has no fit method
// or _fitstart of its own for nct and ncx2: both take the generic path
// (Nelder–Mead on the penalized likelihood from the default start).
var (
	NCTFamily  = fitFamily2("nct", "df", "nc", wrap2(NewNCT))
	NCX2Family = fitFamily2("ncx2", "df", "nc", wrap2(NewNCX2))
)

func init() { fitRegister(NCTFamily, NCX2Family) }
