//! Checks SRE code before it is used (as CPython's `_validate`): every
//! operator is known, operands and skips stay inside the code, character
//! sets end with FAILURE, group numbers are in range. Code that fails makes
//! `_sre.compile` raise RuntimeError("invalid SRE code").

use super::constants::*;

struct Checker<'a> {
    code: &'a [u32],
    groups: usize,
}

impl Checker<'_> {
    /// A skip word at `at` whose target `at + skip` stays within `end`.
    fn skip(&self, at: usize, end: usize) -> Option<usize> {
        if at >= end {
            return None;
        }
        let skip = self.code[at] as usize;
        if skip == 0 || at.checked_add(skip)? > end {
            return None;
        }
        Some(at + skip)
    }

    fn charset(&self, mut pc: usize, end: usize) -> Option<()> {
        while pc < end {
            let op = self.code[pc];
            pc += 1;
            match op {
                FAILURE => return if pc == end { Some(()) } else { None },
                NEGATE => {}
                LITERAL => pc += 1,
                RANGE | RANGE_UNI_IGNORE => pc += 2,
                CHARSET => pc += 8,
                CATEGORY => {
                    if pc >= end || self.code[pc] > CATEGORY_UNI_NOT_LINEBREAK {
                        return None;
                    }
                    pc += 1;
                }
                BIGCHARSET => {
                    let count = *self.code.get(pc)? as usize;
                    pc += 1;
                    if pc + 64 > end {
                        return None;
                    }
                    if self.code[pc..pc + 64]
                        .iter()
                        .flat_map(|w| w.to_ne_bytes())
                        .any(|b| b as usize >= count)
                    {
                        return None;
                    }
                    pc += 64 + count.checked_mul(8)?;
                }
                _ => return None,
            }
            if pc > end {
                return None;
            }
        }
        None
    }

    /// Validates the operators in `code[pc..end]`.
    fn block(&self, mut pc: usize, end: usize) -> Option<()> {
        let code = self.code;
        let arg = |at: usize| if at < end { Some(code[at]) } else { None };
        while pc < end {
            let op = code[pc];
            pc += 1;
            match op {
                MARK => {
                    if arg(pc)? as usize > 2 * self.groups + 1 {
                        return None;
                    }
                    pc += 1;
                }
                LITERAL
                | NOT_LITERAL
                | LITERAL_IGNORE
                | NOT_LITERAL_IGNORE
                | LITERAL_UNI_IGNORE
                | NOT_LITERAL_UNI_IGNORE
                | LITERAL_LOC_IGNORE
                | NOT_LITERAL_LOC_IGNORE => {
                    arg(pc)?;
                    pc += 1;
                }
                SUCCESS | FAILURE | ANY | ANY_ALL | MAX_UNTIL | MIN_UNTIL => {}
                AT => {
                    if arg(pc)? > AT_UNI_NON_BOUNDARY {
                        return None;
                    }
                    pc += 1;
                }
                CATEGORY => {
                    if arg(pc)? > CATEGORY_UNI_NOT_LINEBREAK {
                        return None;
                    }
                    pc += 1;
                }
                IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => {
                    let next = self.skip(pc, end)?;
                    self.charset(pc + 1, next)?;
                    pc = next;
                }
                INFO => {
                    let next = self.skip(pc, end)?;
                    if pc + 4 > next {
                        return None;
                    }
                    let flags = code[pc + 1];
                    if flags & !(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET) != 0 {
                        return None;
                    }
                    if flags & INFO_PREFIX != 0 && flags & INFO_CHARSET != 0 {
                        return None;
                    }
                    if flags & INFO_PREFIX != 0 {
                        let len = *code.get(pc + 4)? as usize;
                        let skip = *code.get(pc + 5)? as usize;
                        if len == 0 || skip > len || pc + 6 + 2 * len > next {
                            return None;
                        }
                        // The overlap table entries index into the prefix.
                        if code[pc + 6 + len..pc + 6 + 2 * len]
                            .iter()
                            .any(|&o| o as usize >= len)
                        {
                            return None;
                        }
                    } else if flags & INFO_CHARSET != 0 {
                        self.charset(pc + 4, next)?;
                    }
                    pc = next;
                }
                BRANCH => {
                    let mut at = pc;
                    loop {
                        let skip = arg(at)? as usize;
                        if skip == 0 {
                            pc = at + 1;
                            break;
                        }
                        let next = self.skip(at, end)?;
                        // Each alternative ends with a JUMP past the branch.
                        if next < at + 3 || code[next - 2] != JUMP {
                            return None;
                        }
                        self.block(at + 1, next - 2)?;
                        self.skip(next - 1, end)?;
                        at = next;
                    }
                }
                REPEAT_ONE
                | MIN_REPEAT_ONE
                | POSSESSIVE_REPEAT_ONE
                | REPEAT
                | POSSESSIVE_REPEAT => {
                    let next = self.skip(pc, end)?;
                    if pc + 3 > next {
                        return None;
                    }
                    let (min, max) = (code[pc + 1], code[pc + 2]);
                    if min > max {
                        return None;
                    }
                    match op {
                        REPEAT | POSSESSIVE_REPEAT => {
                            self.block(pc + 3, next)?;
                            let follow = *code.get(next)?;
                            let ok = if op == REPEAT {
                                follow == MAX_UNTIL || follow == MIN_UNTIL
                            } else {
                                follow == SUCCESS
                            };
                            if !ok {
                                return None;
                            }
                            pc = next + 1;
                        }
                        _ => {
                            if next < pc + 4 || code[next - 1] != SUCCESS {
                                return None;
                            }
                            self.block(pc + 3, next - 1)?;
                            pc = next;
                        }
                    }
                }
                GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                    if arg(pc)? as usize >= self.groups {
                        return None;
                    }
                    pc += 1;
                }
                GROUPREF_EXISTS => {
                    if arg(pc)? as usize >= self.groups {
                        return None;
                    }
                    let skip = arg(pc + 1)? as usize;
                    if skip == 0 || pc + skip > end {
                        return None;
                    }
                    pc += 2;
                }
                ASSERT | ASSERT_NOT => {
                    let next = self.skip(pc, end)?;
                    if pc + 3 > next || code[next - 1] != SUCCESS {
                        return None;
                    }
                    self.block(pc + 2, next - 1)?;
                    pc = next;
                }
                ATOMIC_GROUP => {
                    let next = self.skip(pc, end)?;
                    if pc + 2 > next || code[next - 1] != SUCCESS {
                        return None;
                    }
                    self.block(pc + 1, next - 1)?;
                    pc = next;
                }
                JUMP => {
                    self.skip(pc, end)?;
                    pc += 1;
                }
                _ => return None,
            }
        }
        if pc == end {
            Some(())
        } else {
            None
        }
    }
}

/// Whether `code` is well-formed SRE code for a pattern with `groups` groups.
pub fn validate(code: &[u32], groups: usize) -> bool {
    if code.last() != Some(&SUCCESS) {
        return false;
    }
    Checker { code, groups }.block(0, code.len()).is_some()
}
