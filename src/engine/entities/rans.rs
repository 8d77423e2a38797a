//! A static range asymmetric numeral system (rANS; Duda 2013, "Asymmetric
//! numeral systems"), byte-wise as in Giesen's `ryg_rans`: the entropy coder
//! that stores the tagger's weights ([`super::perceptron`]).
//!
//! Why not leave it to gzip: the page is served gzipped, and gzip's
//! Huffman-coded LZ77 packs the dense weight table to 197 KB; coding the
//! same weights with their measured frequencies comes within a few hundred
//! bytes of their order-0 entropy (about 140 KB), and the decoder is a few
//! lines, run once per page.
//!
//! Frequencies are normalised to sum to `2^`[`SCALE_BITS`]; the state is a
//! `u32` kept in `[LOW, LOW << 8)`. The encoder codes symbols last to first
//! and writes its bytes reversed, so that the decoder reads forwards.

/// Frequencies sum to `2^SCALE_BITS`: fine enough for alphabets of up to
/// 512 symbols, each with a frequency of at least 1.
const SCALE_BITS: u32 = 15;
const TOTAL: u32 = 1 << SCALE_BITS;
/// The lower bound of the normalised state.
const LOW: u32 = 1 << 23;

/// One alphabet's frequencies, normalised, with what decoding needs.
#[derive(Debug)]
pub struct Table {
    freq: Vec<u32>,
    /// The sum of the frequencies of the symbols before each one.
    start: Vec<u32>,
    /// The symbol each of the `TOTAL` slots stands for.
    slots: Vec<u16>,
}

impl Table {
    /// Normalise `counts` (one per symbol of the alphabet; at most 512
    /// symbols) so that every counted symbol keeps a frequency of at
    /// least 1 and the frequencies sum to `TOTAL`.
    pub fn from_counts(counts: &[u64]) -> Table {
        assert!(!counts.is_empty() && counts.len() <= 512, "alphabet size");
        let total: u64 = counts.iter().sum();
        let mut freq: Vec<u32> = if total == 0 {
            // Nothing to code: any valid table will do.
            let mut f = vec![0; counts.len()];
            f[0] = TOTAL;
            f
        } else {
            counts
                .iter()
                .map(|&c| match c {
                    0 => 0,
                    c => ((c * u64::from(TOTAL) / total) as u32).max(1),
                })
                .collect()
        };
        // Rounding leaves the sum a few units off: take them from (or give
        // them to) the most frequent symbol, whose share moves the least.
        loop {
            let sum: u32 = freq.iter().sum();
            if sum == TOTAL {
                break;
            }
            let top = (0..freq.len()).max_by_key(|&s| freq[s]).unwrap_or(0);
            if sum > TOTAL {
                freq[top] -= 1;
            } else {
                freq[top] += 1;
            }
        }
        Table::from_freq(freq).expect("normalised frequencies")
    }

    /// A table from frequencies that sum to `TOTAL`; `None` otherwise.
    fn from_freq(freq: Vec<u32>) -> Option<Table> {
        let mut start = Vec::with_capacity(freq.len());
        let mut slots = Vec::with_capacity(TOTAL as usize);
        let mut sum = 0u32;
        for (symbol, &f) in freq.iter().enumerate() {
            start.push(sum);
            sum = sum.checked_add(f).filter(|&s| s <= TOTAL)?;
            slots.extend(std::iter::repeat_n(symbol as u16, f as usize));
        }
        (sum == TOTAL).then_some(Table { freq, start, slots })
    }

    /// Append the frequencies, one LEB128 number per symbol.
    pub fn write(&self, out: &mut Vec<u8>) {
        for &f in &self.freq {
            let mut v = f;
            while v >= 0x80 {
                out.push((v as u8) | 0x80);
                v >>= 7;
            }
            out.push(v as u8);
        }
    }

    /// Read the frequencies of an alphabet of `symbols` symbols from the
    /// front of `bytes` (advancing it); `None` if they are not a table.
    pub fn read(bytes: &mut &[u8], symbols: usize) -> Option<Table> {
        let mut freq = Vec::with_capacity(symbols);
        for _ in 0..symbols {
            let mut v = 0u32;
            for shift in [0, 7, 14] {
                let (&b, rest) = bytes.split_first()?;
                *bytes = rest;
                v |= u32::from(b & 0x7f) << shift;
                if b < 0x80 {
                    break;
                }
                if shift == 14 {
                    return None;
                }
            }
            freq.push(v);
        }
        Table::from_freq(freq)
    }
}

/// Code `symbols` (each with the table it is coded by, in the order the
/// decoder will ask for them). Every symbol must have a frequency.
pub fn encode(symbols: &[(&Table, usize)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut x = LOW;
    for &(table, s) in symbols.iter().rev() {
        let f = table.freq[s];
        assert!(f > 0, "symbol {s} has no frequency");
        let max = ((LOW >> SCALE_BITS) << 8) * f;
        while x >= max {
            out.push(x as u8);
            x >>= 8;
        }
        x = ((x / f) << SCALE_BITS) + x % f + table.start[s];
    }
    out.extend_from_slice(&x.to_le_bytes());
    out.reverse();
    out
}

/// Reads symbols back from [`encode`]'s bytes.
pub struct Decoder<'a> {
    x: u32,
    bytes: &'a [u8],
}

impl<'a> Decoder<'a> {
    /// Start decoding; `None` if there is not even a state.
    pub fn new(bytes: &'a [u8]) -> Option<Decoder<'a>> {
        let (head, bytes) = bytes.split_first_chunk::<4>()?;
        Some(Decoder {
            x: u32::from_be_bytes(*head),
            bytes,
        })
    }

    /// The next symbol, coded by `table`; `None` if the bytes run out.
    pub fn next(&mut self, table: &Table) -> Option<usize> {
        let slot = self.x & (TOTAL - 1);
        let s = usize::from(table.slots[slot as usize]);
        self.x = table.freq[s] * (self.x >> SCALE_BITS) + slot - table.start[s];
        while self.x < LOW {
            let (&b, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            self.x = (self.x << 8) | u32::from(b);
        }
        Some(s)
    }

    /// Whether decoding ended where encoding began, with every byte read:
    /// a check that the bytes were whole and read with the right tables.
    pub fn finished(&self) -> bool {
        self.x == LOW && self.bytes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift: reproducible skewed data without a crate.
    fn skewed(n: usize) -> Vec<usize> {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        (0..n)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Mostly 0, sometimes anything up to 299.
                if seed % 10 < 7 {
                    0
                } else {
                    (seed >> 8) as usize % 300
                }
            })
            .collect()
    }

    fn counts(symbols: &[usize], alphabet: usize) -> Vec<u64> {
        let mut c = vec![0u64; alphabet];
        symbols.iter().for_each(|&s| c[s] += 1);
        c
    }

    #[test]
    fn round_trips_two_interleaved_alphabets_near_their_entropy() {
        let a = skewed(20_000);
        let b: Vec<usize> = a.iter().map(|&s| (s * 7 + 1) % 5).collect();
        let (ta, tb) = (
            Table::from_counts(&counts(&a, 300)),
            Table::from_counts(&counts(&b, 5)),
        );
        let symbols: Vec<(&Table, usize)> = a
            .iter()
            .zip(&b)
            .flat_map(|(&x, &y)| [(&ta, x), (&tb, y)])
            .collect();
        let bytes = encode(&symbols);
        let mut d = Decoder::new(&bytes).expect("a state");
        for &(table, s) in &symbols {
            assert_eq!(d.next(table), Some(s));
        }
        assert!(d.finished());
        // Order-0 entropy of both streams, in bytes.
        let entropy = |c: &[u64]| {
            let n: u64 = c.iter().sum();
            c.iter()
                .filter(|&&k| k > 0)
                .map(|&k| -(k as f64) * (k as f64 / n as f64).log2())
                .sum::<f64>()
                / 8.0
        };
        let ideal = entropy(&counts(&a, 300)) + entropy(&counts(&b, 5));
        assert!(
            (bytes.len() as f64) < ideal * 1.01 + 8.0,
            "{} vs {ideal}",
            bytes.len()
        );
    }

    #[test]
    fn tables_round_trip_and_bad_ones_are_refused() {
        let t = Table::from_counts(&[5, 0, 1, 1_000_000]);
        assert!(t.freq[2] >= 1 && t.freq[1] == 0);
        let mut bytes = Vec::new();
        t.write(&mut bytes);
        let back = Table::read(&mut bytes.as_slice(), 4).expect("a table");
        assert_eq!(back.freq, t.freq);
        // Too short, and frequencies that do not sum to the total.
        assert!(Table::read(&mut &bytes[..bytes.len() - 1], 4).is_none());
        assert!(Table::read(&mut [1u8, 2, 3, 4].as_slice(), 4).is_none());
        assert!(Table::read(&mut [0xffu8; 12].as_slice(), 4).is_none());
    }

    #[test]
    fn cut_or_changed_bytes_are_noticed() {
        let a = skewed(5_000);
        let t = Table::from_counts(&counts(&a, 300));
        let symbols: Vec<(&Table, usize)> = a.iter().map(|&s| (&t, s)).collect();
        let bytes = encode(&symbols);
        let decodes = |bytes: &[u8]| {
            let Some(mut d) = Decoder::new(bytes) else {
                return false;
            };
            symbols.iter().all(|&(t, _)| d.next(t).is_some()) && d.finished()
        };
        assert!(decodes(&bytes));
        assert!(!decodes(&bytes[..bytes.len() - 1]));
        assert!(!decodes(&bytes[..3]));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(!decodes(&longer));
    }
}
