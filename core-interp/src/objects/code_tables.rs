//! `co_linetable` and `co_exceptiontable` in CPython 3.11's byte formats
//! (the location table of PEP 657 and the zero-cost exception table), with
//! oxpy's instructions as the code units: instruction `i` is byte offset
//! `2 * i` wherever Python sees offsets (`co_lines()`, `f_lasti`).
//!
//! Location entries start with a byte `1cccclll` (`c` the kind, `lll` the
//! number of code units less one); kinds 0-9 are the short form (same line,
//! small columns), 10-12 one line further on with byte columns, 13 a line
//! without columns, 14 the long form, 15 no location. Numbers are 6-bit
//! little-endian groups with bit 6 marking continuation; signed ones carry
//! the sign in bit 0. Exception entries are `start, size, target,
//! depth << 1 | lasti`, each a big-endian run of 6-bit groups with bit 6 for
//! continuation and bit 7 marking an entry's first byte.

use crate::compile::bytecode::{ExceptionEntry, SourceRange};

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 64 {
        out.push(0x40 | (v & 63) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

fn write_svarint(out: &mut Vec<u8>, v: i64) {
    if v < 0 {
        write_varint(out, (v.unsigned_abs() << 1) | 1);
    } else {
        write_varint(out, (v as u64) << 1);
    }
}

/// `co_linetable` for `positions` (one per instruction), lines counted from
/// `first_line`. Runs of equal positions share an entry (at most 8 units).
pub fn encode_linetable(first_line: u32, positions: &[SourceRange]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev_line = first_line as i64;
    let mut i = 0;
    while i < positions.len() {
        let p = positions[i];
        let mut len = 1;
        while i + len < positions.len() && len < 8 && positions[i + len] == p {
            len += 1;
        }
        let units = (len - 1) as u8;
        let delta = p.line as i64 - prev_line;
        if p.line == 0 {
            out.push(0x80 | (15 << 3) | units);
        } else if p.end_line == p.line
            && delta == 0
            && p.col < 80
            && p.end_col >= p.col
            && p.end_col - p.col < 16
        {
            out.push(0x80 | (((p.col / 8) as u8) << 3) | units);
            out.push((((p.col % 8) << 4) | (p.end_col - p.col)) as u8);
        } else if p.end_line == p.line && (0..3).contains(&delta) && p.col < 128 && p.end_col < 128
        {
            out.push(0x80 | (((10 + delta) as u8) << 3) | units);
            out.push(p.col as u8);
            out.push(p.end_col as u8);
        } else {
            out.push(0x80 | (14 << 3) | units);
            write_svarint(&mut out, delta);
            write_varint(&mut out, p.end_line.saturating_sub(p.line) as u64);
            write_varint(&mut out, p.col as u64 + 1);
            write_varint(&mut out, p.end_col as u64 + 1);
        }
        if p.line != 0 {
            prev_line = p.line as i64;
        }
        i += len;
    }
    out
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }
    fn varint(&mut self) -> Option<u64> {
        let mut b = self.byte()?;
        let mut v = (b & 63) as u64;
        let mut shift = 0;
        while b & 64 != 0 {
            b = self.byte()?;
            shift += 6;
            if shift > 60 {
                return None;
            }
            v |= ((b & 63) as u64) << shift;
        }
        Some(v)
    }
    /// One exception-table number; `first` says whether it starts an entry.
    fn exception_item(&mut self, first: bool) -> Option<u32> {
        let mut b = self.byte()?;
        if (b & 0x80 != 0) != first {
            return None;
        }
        let mut v = (b & 0x3f) as u64;
        while b & 0x40 != 0 {
            b = self.byte()?;
            if b & 0x80 != 0 || v >= 1 << 30 {
                return None;
            }
            v = (v << 6) | (b & 0x3f) as u64;
        }
        u32::try_from(v).ok()
    }
    fn svarint(&mut self) -> Option<i64> {
        let u = self.varint()?;
        let mag = (u >> 1) as i64;
        Some(if u & 1 != 0 { -mag } else { mag })
    }
}

/// The positions of `units` instructions read from a `co_linetable`, lines
/// counted from `first_line`. Like CPython, any bytes are taken: the table
/// is only read where it makes sense, and instructions it does not cover
/// (or covers with unreadable entries) have no location. Columns CPython
/// leaves unknown (kind 13, or a long-form 0) read as 0.
pub fn decode_linetable(data: &[u8], first_line: i64, units: usize) -> Vec<SourceRange> {
    let mut out = Vec::with_capacity(units);
    let mut r = Reader { data, pos: 0 };
    let mut line = first_line;
    let clamp = |v: i64| u32::try_from(v.max(0)).unwrap_or(u32::MAX);
    while out.len() < units {
        let Some(first) = r.byte() else { break };
        if first & 0x80 == 0 {
            break;
        }
        let kind = (first >> 3) & 15;
        let len = (first & 7) as usize + 1;
        let entry = match kind {
            15 => Some(SourceRange::default()),
            14 => (|| {
                line += r.svarint()?;
                let end_line = line + r.varint()? as i64;
                let col = r.varint()?.saturating_sub(1);
                let end_col = r.varint()?.saturating_sub(1);
                Some((end_line, col, end_col))
            })()
            .map(|(end_line, col, end_col)| SourceRange {
                line: clamp(line),
                end_line: clamp(end_line),
                col: col.min(u32::MAX as u64) as u32,
                end_col: end_col.min(u32::MAX as u64) as u32,
            }),
            13 => r.svarint().map(|d| {
                line += d;
                SourceRange {
                    line: clamp(line),
                    end_line: clamp(line),
                    col: 0,
                    end_col: 0,
                }
            }),
            10..=12 => {
                line += (kind - 10) as i64;
                r.byte().zip(r.byte()).map(|(col, end_col)| SourceRange {
                    line: clamp(line),
                    end_line: clamp(line),
                    col: col as u32,
                    end_col: end_col as u32,
                })
            }
            _ => r.byte().map(|second| {
                let col = kind as u32 * 8 + ((second >> 4) & 7) as u32;
                SourceRange {
                    line: clamp(line),
                    end_line: clamp(line),
                    col,
                    end_col: col + (second & 15) as u32,
                }
            }),
        };
        let Some(entry) = entry else { break };
        let take = len.min(units - out.len());
        out.extend(std::iter::repeat(entry).take(take));
    }
    out.resize(units, SourceRange::default());
    out
}

fn write_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 0x3f) as u8 | 0x40 | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}

/// `co_exceptiontable` for `entries`.
pub fn encode_exceptiontable(entries: &[ExceptionEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        write_item(&mut out, e.start, 0x80);
        write_item(&mut out, e.end.saturating_sub(e.start), 0);
        write_item(&mut out, e.handler, 0);
        write_item(&mut out, (e.depth << 1) | e.push_lasti as u32, 0);
    }
    out
}

/// The entries of a `co_exceptiontable`; `None` when the bytes are not one.
pub fn decode_exceptiontable(data: &[u8]) -> Option<Vec<ExceptionEntry>> {
    let mut r = Reader { data, pos: 0 };
    let mut out = Vec::new();
    while r.pos < data.len() {
        let start = r.exception_item(true)?;
        let size = r.exception_item(false)?;
        let handler = r.exception_item(false)?;
        let depth_lasti = r.exception_item(false)?;
        out.push(ExceptionEntry {
            start,
            end: start.checked_add(size)?,
            handler,
            depth: depth_lasti >> 1,
            push_lasti: depth_lasti & 1 != 0,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, end_line: u32, col: u32, end_col: u32) -> SourceRange {
        SourceRange {
            line,
            end_line,
            col,
            end_col,
        }
    }

    #[test]
    fn reads_a_linetable_cpython_wrote() {
        // `def f(a, b=1):\n    x = a\n    return x` on CPython 3.11.
        let table = b"\x80\x00\xd8\x08\t\x80A\xd8\x0b\x0c\x80H";
        assert_eq!(
            decode_linetable(table, 1, 5),
            [
                pos(1, 1, 0, 0),
                pos(2, 2, 8, 9),
                pos(2, 2, 4, 5),
                pos(3, 3, 11, 12),
                pos(3, 3, 4, 12)
            ]
        );
    }

    #[test]
    fn linetables_round_trip_every_form() {
        let positions = [
            pos(0, 0, 0, 0),
            pos(10, 10, 3, 9),
            pos(10, 10, 3, 9),
            pos(11, 11, 100, 120),
            pos(9, 12, 0, 4000),
            pos(200, 200, 1, 2),
            pos(0, 0, 0, 0),
        ];
        let table = encode_linetable(10, &positions);
        assert_eq!(decode_linetable(&table, 10, positions.len()), positions);
        // Moving the first line moves every line with it, as in CPython.
        assert_eq!(decode_linetable(&table, 20, 7)[1], pos(20, 20, 3, 9));
        // Bytes that are no table give instructions without locations.
        assert_eq!(decode_linetable(b"\x01\x02", 1, 2), [pos(0, 0, 0, 0); 2]);
    }

    #[test]
    fn reads_an_exception_table_cpython_wrote() {
        // `try: g()\nexcept KeyError: return 1` on CPython 3.11.
        let table = b"\x82\x0e\x12\x00\x92\n \x03\x9f\x01 \x03";
        let entry = |start, end, handler, depth, push_lasti| ExceptionEntry {
            start,
            end,
            handler,
            depth,
            push_lasti,
        };
        let entries = decode_exceptiontable(table).expect("a valid table");
        assert_eq!(
            entries,
            [
                entry(2, 16, 18, 0, false),
                entry(18, 28, 32, 1, true),
                entry(31, 32, 32, 1, true)
            ]
        );
        assert_eq!(encode_exceptiontable(&entries), table);
        let big = [entry(5, 70000, 1 << 25, 3, false)];
        assert_eq!(
            decode_exceptiontable(&encode_exceptiontable(&big)).unwrap(),
            big
        );
        assert_eq!(decode_exceptiontable(b"\x02\x03"), None);
    }
}
