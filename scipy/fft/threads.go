package fft

// threadMinSize is the number of points (the product of the whole array's
// lengths, batches included) from which Workers > 1 turns on FFTW's
// threads; below it a transform runs on one thread whatever Workers says,
// because waking FFTW's threads costs more than they save.
//
// Measured on 2026-11-25 on this project's build machine (2-core Xeon,
// FFTW 3.3.10 sse2-avx, Estimate plans; the machine was shared, load
// average about 6, so gains are understated and single numbers are noisy)
// with
//
//	go test -run '^$' -bench Threads -count 3 -benchtime 0.2s ./scipy/fft/
//
// Speed-up of Workers 2 over 1 (median time ratio):
//
//	points    fft   rfft  fft2 (square)
//	1024      0.06  0.02  0.37 (32²)
//	4096      0.55  0.43  0.47 (64²)
//	16384     1.46  0.93  0.66 (128²)
//	32768     1.26  1.15  1.04 (181²)
//	65536     1.19  1.02  1.04 (256²)
//	262144    0.92  1.05  1.12 (512²)
//	1048576   1.03  1.79  1.07 (1024²)
//
// Below 2^14 points threads always lose, by up to 50 times at 1024 (the
// wake-up cost dwarfs the transform); from 2^15 they never lose much and
// usually gain. Rerun BenchmarkThreads on a quiet machine with more cores
// to refine it.
const threadMinSize = 1 << 15

// minThreadSize is threadMinSize, variable so that BenchmarkThreads can
// measure threads below it.
var minThreadSize = threadMinSize

// threadsFor returns the number of FFTW threads for a transform of size
// points with the caller's Workers option.
func threadsFor(workers, size int) (int, error) {
	w, err := resolveWorkers(workers)
	if err != nil {
		return 0, err
	}
	if size < minThreadSize {
		return 1, nil
	}
	return w, nil
}
