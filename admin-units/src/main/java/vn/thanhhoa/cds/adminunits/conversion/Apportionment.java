package vn.thanhhoa.cds.adminunits.conversion;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a whole number into whole parts proportional to integer weights, by the largest-remainder
 * method: each part gets the floor of its exact share, and the units left over go to the largest
 * remainders (ties to the earlier part). The parts always sum to the whole, which is what keeps
 * province totals identical when history is mapped across a split.
 */
public final class Apportionment {

    private Apportionment() {
    }

    public static List<Long> apportion(long whole, List<Long> weights) {
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w <= 0)) {
            throw new IllegalArgumentException("weights must be positive and not empty: " + weights);
        }
        BigInteger total = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger value = BigInteger.valueOf(whole);
        List<Long> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (long weight : weights) {
            // floorDiv semantics also for negative wholes (corrections), so the sum stays exact.
            BigInteger[] qr = value.multiply(BigInteger.valueOf(weight)).divideAndRemainder(total);
            BigInteger quotient = qr[0];
            BigInteger remainder = qr[1];
            if (remainder.signum() < 0) {
                quotient = quotient.subtract(BigInteger.ONE);
                remainder = remainder.add(total);
            }
            parts.add(quotient.longValueExact());
            remainders.add(remainder);
        }
        long leftOver = whole - parts.stream().mapToLong(Long::longValue).sum();
        List<Integer> order = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
                .toList();
        for (int k = 0; k < leftOver; k++) {
            int i = order.get(k);
            parts.set(i, parts.get(i) + 1);
        }
        return List.copyOf(parts);
    }
}
