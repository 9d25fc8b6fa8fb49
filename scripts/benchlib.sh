# benchlib.sh: shell pieces shared by the bench-*.sh scripts; source it.

# awk_median is an awk function, prepended to the awk programs that use it:
# median(key) is the median of val[key, 1..cnt[key]] (the mean of the two
# middle values for an even count), or "" when there are none. Insertion
# sort: the counts are a handful of repetitions.
# shellcheck disable=SC2034 # used by the scripts that source this file
awk_median='
function median(key,   n, i, j, t, v) {
	n = cnt[key]
	if (n == 0) return ""
	for (i = 1; i <= n; i++) v[i] = val[key, i]
	for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
	return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
'
