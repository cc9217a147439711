//! The SRE matching engine: executes the code `re._compiler` emits against
//! a subject of code units (`u8` for bytes and ASCII/Latin-1 strings, `u32`
//! for other strings) with CPython 3.11's semantics.
//!
//! Backtracking uses explicit stacks, never Rust recursion proportional to
//! the input: `frames` holds one context per pending sub-match (what
//! CPython's `SRE(match)` keeps on its data stack), `saved` holds the marks
//! and `last_ptr` values pushed for backtracking, and `repeats` the contexts
//! of `REPEAT` loops. A context that calls a sub-match records how to resume
//! (`Jump`); when the sub-match finishes, the caller continues there.

use super::charset::*;
use super::constants::*;
use crate::vm::{PyErr, Vm};

/// A position that is not set (CPython's NULL mark).
pub const NONE: usize = usize::MAX;

/// Why a match stopped with an error rather than a result.
pub enum SreError {
    /// Malformed code (CPython's SRE_ERROR_ILLEGAL / SRE_ERROR_STATE).
    Internal,
    /// A Python exception (a signal handler raised).
    Py(PyErr),
}

/// The code units of a subject.
pub trait Unit: Copy {
    fn get(self) -> u32;
}
impl Unit for u8 {
    #[inline(always)]
    fn get(self) -> u32 {
        self as u32
    }
}
impl Unit for u32 {
    #[inline(always)]
    fn get(self) -> u32 {
        self
    }
}

/// Where a context resumes when the sub-match it started returns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One matching context.
#[derive(Clone, Copy)]
struct Frame {
    /// Code position of the operator being executed (its first operand).
    pc: usize,
    ptr: usize,
    count: isize,
    /// The tail literal of REPEAT_ONE, or the repeat index of the UNTILs and REPEAT.
    u: usize,
    lastmark: isize,
    lastindex: isize,
    toplevel: bool,
    /// How the parent resumes when this context returns.
    jump: Jump,
}

/// A `REPEAT` loop in progress.
struct Repeat {
    count: isize,
    /// Code position of the REPEAT's operands (skip, min, max, item).
    pc: usize,
    prev: Option<usize>,
    last_ptr: usize,
}

/// What the interpreter loop does next.
enum Next {
    Enter,
    Dispatch,
    Return,
    BranchTry,
    RepeatOneLit,
    RepeatOneGen,
    MinRepeatOneLoop,
    MaxUntilTail,
    PossLoop,
}

/// The state of one match or search over a subject (CPython's SRE_STATE).
pub struct State<'a, C: Unit> {
    pub s: &'a [C],
    /// Where this attempt starts (`state->start`); updated by search.
    pub start: usize,
    /// `endpos`, the end of the region.
    pub end: usize,
    /// Where the match ended (`state->ptr`).
    pub ptr: usize,
    pub marks: Vec<usize>,
    pub lastmark: isize,
    pub lastindex: isize,
    pub match_all: bool,
    pub must_advance: bool,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    saved: Vec<usize>,
    frames: Vec<Frame>,
    sigcount: u32,
    vm: &'a Vm,
}

type R<T> = Result<T, SreError>;

impl<'a, C: Unit> State<'a, C> {
    pub fn new(vm: &'a Vm, s: &'a [C], start: usize, end: usize) -> Self {
        State {
            s,
            start,
            end,
            ptr: start,
            marks: Vec::new(),
            lastmark: -1,
            lastindex: -1,
            match_all: false,
            must_advance: false,
            repeat: None,
            repeats: Vec::new(),
            saved: Vec::new(),
            frames: Vec::new(),
            sigcount: 0,
            vm,
        }
    }

    /// Forgets the groups of the previous attempt (`state_reset`).
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.saved.clear();
        self.frames.clear();
    }

    /// The span of group `g` (1-based) if it matched, as `state_getslice` sees it.
    pub fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let i = (g - 1) * 2;
        if i as isize >= self.lastmark {
            return None;
        }
        let (a, b) = (self.marks[i], self.marks[i + 1]);
        if a == NONE || b == NONE {
            return None;
        }
        Some((a, b))
    }

    #[inline(always)]
    fn ch(&self, i: usize) -> u32 {
        self.s[i].get()
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.saved.extend_from_slice(&self.marks[..n]);
        }
    }

    fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let at = self.saved.len() - n;
            self.marks[..n].copy_from_slice(&self.saved[at..]);
            if discard {
                self.saved.truncate(at);
            }
        }
    }

    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.saved.truncate(self.saved.len() - n);
        }
    }

    fn set_mark(&mut self, i: usize, ptr: usize) {
        if i & 1 != 0 {
            self.lastindex = (i / 2 + 1) as isize;
        }
        if self.marks.len() <= i {
            self.marks.resize(i + 1, NONE);
        }
        if i as isize > self.lastmark {
            let from = (self.lastmark + 1) as usize;
            for m in &mut self.marks[from..i] {
                *m = NONE;
            }
            self.lastmark = i as isize;
        }
        self.marks[i] = ptr;
    }

    /// The span of a back-referenced group, if it can be compared.
    fn groupref_span(&self, group: u32) -> Option<(usize, usize)> {
        let g = group as usize * 2;
        if g as isize >= self.lastmark {
            return None;
        }
        let (p, e) = (self.marks[g], self.marks[g + 1]);
        if p == NONE || e == NONE || e < p {
            return None;
        }
        Some((p, e))
    }

    fn at(&self, ptr: usize, code: u32) -> bool {
        let end = self.end;
        let boundary = |word: fn(u32) -> bool| -> Option<(bool, bool)> {
            if end == 0 {
                return None;
            }
            let before = ptr > 0 && word(self.ch(ptr - 1));
            let here = ptr < end && word(self.ch(ptr));
            Some((before, here))
        };
        match code {
            AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
            AT_BEGINNING_LINE => ptr == 0 || is_linebreak(self.ch(ptr - 1)),
            AT_END => (end == ptr + 1 && is_linebreak(self.ch(ptr))) || ptr == end,
            AT_END_LINE => ptr == end || is_linebreak(self.ch(ptr)),
            AT_END_STRING => ptr == end,
            AT_BOUNDARY => boundary(is_word).map_or(false, |(a, b)| a != b),
            AT_NON_BOUNDARY => boundary(is_word).map_or(false, |(a, b)| a == b),
            AT_LOC_BOUNDARY => boundary(loc_is_word).map_or(false, |(a, b)| a != b),
            AT_LOC_NON_BOUNDARY => boundary(loc_is_word).map_or(false, |(a, b)| a == b),
            AT_UNI_BOUNDARY => boundary(uni_is_word).map_or(false, |(a, b)| a != b),
            AT_UNI_NON_BOUNDARY => boundary(uni_is_word).map_or(false, |(a, b)| a == b),
            _ => false,
        }
    }

    /// Whether the one-character item at `code[pc]` matches character `ch`;
    /// None when the item is not a one-character operator.
    #[inline]
    fn single(code: &[u32], pc: usize, ch: u32) -> Option<bool> {
        Some(match code[pc] {
            ANY => !is_linebreak(ch),
            ANY_ALL => true,
            LITERAL => ch == code[pc + 1],
            NOT_LITERAL => ch != code[pc + 1],
            LITERAL_IGNORE => lower_ascii(ch) == code[pc + 1],
            NOT_LITERAL_IGNORE => lower_ascii(ch) != code[pc + 1],
            LITERAL_UNI_IGNORE => lower_unicode(ch) == code[pc + 1],
            NOT_LITERAL_UNI_IGNORE => lower_unicode(ch) != code[pc + 1],
            LITERAL_LOC_IGNORE => char_loc_ignore(code[pc + 1], ch),
            NOT_LITERAL_LOC_IGNORE => !char_loc_ignore(code[pc + 1], ch),
            IN => in_charset(code, pc + 2, ch),
            IN_IGNORE => in_charset(code, pc + 2, lower_ascii(ch)),
            IN_UNI_IGNORE => in_charset(code, pc + 2, lower_unicode(ch)),
            IN_LOC_IGNORE => in_charset_loc_ignore(code, pc + 2, ch),
            CATEGORY => category(code[pc + 1], ch),
            _ => return None,
        })
    }

    /// How many times (up to `maxcount`) the one-character item at
    /// `code[pc]` matches from `self.ptr` (`SRE(count)`).
    fn count(&mut self, code: &[u32], pc: usize, maxcount: u32) -> R<usize> {
        let ptr = self.ptr;
        let mut end = self.end;
        if maxcount != MAXREPEAT && (maxcount as isize) < end as isize - ptr as isize {
            end = ptr + maxcount as usize;
        }
        if ptr >= end {
            return Ok(0);
        }
        let s = &self.s[..end];
        let mut i = ptr;
        match code[pc] {
            ANY_ALL => return Ok(end - ptr),
            LITERAL => {
                let c = code[pc + 1];
                while i < end && s[i].get() == c {
                    i += 1;
                }
            }
            NOT_LITERAL => {
                let c = code[pc + 1];
                while i < end && s[i].get() != c {
                    i += 1;
                }
            }
            ANY => {
                while i < end && !is_linebreak(s[i].get()) {
                    i += 1;
                }
            }
            IN => {
                while i < end && in_charset(code, pc + 2, s[i].get()) {
                    i += 1;
                }
            }
            _ => {
                if Self::single(code, pc, 0).is_some() {
                    while i < end && Self::single(code, pc, s[i].get()) == Some(true) {
                        i += 1;
                    }
                } else {
                    // A general single-width sub-pattern: run it repeatedly.
                    while self.ptr < end {
                        if !self.run(code, pc, false)? {
                            break;
                        }
                    }
                    let n = self.ptr - ptr;
                    self.ptr = ptr;
                    return Ok(n);
                }
            }
        }
        Ok(i - ptr)
    }

    fn check_signals(&mut self) -> R<()> {
        self.sigcount = self.sigcount.wrapping_add(1);
        if self.sigcount & 0xfff == 0 {
            crate::vm::signals::check(self.vm).map_err(SreError::Py)?;
        }
        Ok(())
    }

    /// Matches the code at `pc0` at `self.ptr` (`SRE(match)`); on success
    /// `self.ptr` is where the match ended.
    pub fn run(&mut self, code: &[u32], pc0: usize, toplevel: bool) -> R<bool> {
        let base = self.frames.len();
        self.frames.push(Frame {
            pc: pc0,
            ptr: 0,
            count: 0,
            u: 0,
            lastmark: -1,
            lastindex: -1,
            toplevel,
            jump: Jump::None,
        });
        let end = self.end;
        let mut pc = pc0;
        let mut ptr = 0usize;
        let mut ret = false;
        let mut next = Next::Enter;

        macro_rules! top {
            () => {
                self.frames.last_mut().unwrap()
            };
        }
        // Starts a sub-match at `$child` that resumes this context at `$jump`.
        macro_rules! call {
            ($jump:expr, $child:expr, $toplevel:expr) => {{
                let f = top!();
                f.pc = pc;
                f.ptr = ptr;
                let tl = $toplevel;
                let child = $child;
                self.frames.push(Frame {
                    pc: child,
                    ptr: 0,
                    count: 0,
                    u: 0,
                    lastmark: -1,
                    lastindex: -1,
                    toplevel: tl,
                    jump: $jump,
                });
                next = Next::Enter;
            }};
        }
        macro_rules! fail {
            () => {{
                ret = false;
                next = Next::Return;
            }};
        }
        macro_rules! succeed {
            () => {{
                ret = true;
                next = Next::Return;
            }};
        }
        macro_rules! lastmark_save {
            () => {{
                let (lm, li) = (self.lastmark, self.lastindex);
                let f = top!();
                f.lastmark = lm;
                f.lastindex = li;
            }};
        }
        macro_rules! lastmark_restore {
            () => {{
                let f = *self.frames.last().unwrap();
                self.lastmark = f.lastmark;
                self.lastindex = f.lastindex;
            }};
        }

        loop {
            match next {
                Next::Enter => {
                    let f = top!();
                    pc = f.pc;
                    ptr = self.ptr;
                    f.ptr = ptr;
                    next = Next::Dispatch;
                    if code[pc] == INFO {
                        let min = code[pc + 3] as usize;
                        if min != 0 && (end as isize - ptr as isize) < min as isize {
                            fail!();
                            continue;
                        }
                        pc += code[pc + 1] as usize + 1;
                    }
                }
                Next::Dispatch => loop {
                    self.check_signals()?;
                    let op = code[pc];
                    pc += 1;
                    match op {
                        MARK => {
                            self.set_mark(code[pc] as usize, ptr);
                            pc += 1;
                        }
                        LITERAL => {
                            if ptr >= end || self.ch(ptr) != code[pc] {
                                fail!();
                                break;
                            }
                            pc += 1;
                            ptr += 1;
                        }
                        NOT_LITERAL => {
                            if ptr >= end || self.ch(ptr) == code[pc] {
                                fail!();
                                break;
                            }
                            pc += 1;
                            ptr += 1;
                        }
                        SUCCESS => {
                            let f = self.frames.last().unwrap();
                            if f.toplevel
                                && ((self.match_all && ptr != end)
                                    || (self.must_advance && ptr == self.start))
                            {
                                fail!();
                                break;
                            }
                            self.ptr = ptr;
                            succeed!();
                            break;
                        }
                        AT => {
                            if !self.at(ptr, code[pc]) {
                                fail!();
                                break;
                            }
                            pc += 1;
                        }
                        CATEGORY => {
                            if ptr >= end || !category(code[pc], self.ch(ptr)) {
                                fail!();
                                break;
                            }
                            pc += 1;
                            ptr += 1;
                        }
                        ANY => {
                            if ptr >= end || is_linebreak(self.ch(ptr)) {
                                fail!();
                                break;
                            }
                            ptr += 1;
                        }
                        ANY_ALL => {
                            if ptr >= end {
                                fail!();
                                break;
                            }
                            ptr += 1;
                        }
                        IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => {
                            if ptr >= end {
                                fail!();
                                break;
                            }
                            let ch = self.ch(ptr);
                            let ok = match op {
                                IN => in_charset(code, pc + 1, ch),
                                IN_IGNORE => in_charset(code, pc + 1, lower_ascii(ch)),
                                IN_UNI_IGNORE => in_charset(code, pc + 1, lower_unicode(ch)),
                                _ => in_charset_loc_ignore(code, pc + 1, ch),
                            };
                            if !ok {
                                fail!();
                                break;
                            }
                            pc += code[pc] as usize;
                            ptr += 1;
                        }
                        LITERAL_IGNORE
                        | LITERAL_UNI_IGNORE
                        | LITERAL_LOC_IGNORE
                        | NOT_LITERAL_IGNORE
                        | NOT_LITERAL_UNI_IGNORE
                        | NOT_LITERAL_LOC_IGNORE => {
                            if ptr >= end || Self::single(code, pc - 1, self.ch(ptr)) != Some(true)
                            {
                                fail!();
                                break;
                            }
                            pc += 1;
                            ptr += 1;
                        }
                        JUMP | INFO => {
                            pc += code[pc] as usize;
                        }
                        BRANCH => {
                            lastmark_save!();
                            if self.repeat.is_some() {
                                self.mark_push(self.lastmark);
                            }
                            next = Next::BranchTry;
                            break;
                        }
                        REPEAT_ONE => {
                            let min = code[pc + 1] as usize;
                            if min as isize > end as isize - ptr as isize {
                                fail!();
                                break;
                            }
                            self.ptr = ptr;
                            let count = self.count(code, pc + 3, code[pc + 2])?;
                            ptr += count;
                            if count < min {
                                fail!();
                                break;
                            }
                            let tail = pc + code[pc] as usize;
                            let toplevel = self.frames.last().unwrap().toplevel;
                            if code[tail] == SUCCESS
                                && ptr == end
                                && !(toplevel && self.must_advance && ptr == self.start)
                            {
                                self.ptr = ptr;
                                succeed!();
                                break;
                            }
                            lastmark_save!();
                            if self.repeat.is_some() {
                                self.mark_push(self.lastmark);
                            }
                            let f = top!();
                            f.count = count as isize;
                            if code[tail] == LITERAL {
                                f.u = code[tail + 1] as usize;
                                next = Next::RepeatOneLit;
                            } else {
                                next = Next::RepeatOneGen;
                            }
                            break;
                        }
                        MIN_REPEAT_ONE => {
                            let min = code[pc + 1] as usize;
                            if min as isize > end as isize - ptr as isize {
                                fail!();
                                break;
                            }
                            self.ptr = ptr;
                            let mut count = 0;
                            if min != 0 {
                                count = self.count(code, pc + 3, code[pc + 1])?;
                                if count < min {
                                    fail!();
                                    break;
                                }
                                ptr += count;
                            }
                            let tail = pc + code[pc] as usize;
                            let toplevel = self.frames.last().unwrap().toplevel;
                            if code[tail] == SUCCESS
                                && !(toplevel
                                    && ((self.match_all && ptr != end)
                                        || (self.must_advance && ptr == self.start)))
                            {
                                self.ptr = ptr;
                                succeed!();
                                break;
                            }
                            lastmark_save!();
                            if self.repeat.is_some() {
                                self.mark_push(self.lastmark);
                            }
                            top!().count = count as isize;
                            next = Next::MinRepeatOneLoop;
                            break;
                        }
                        POSSESSIVE_REPEAT_ONE => {
                            let min = code[pc + 1] as usize;
                            if min as isize > end as isize - ptr as isize {
                                fail!();
                                break;
                            }
                            self.ptr = ptr;
                            let count = self.count(code, pc + 3, code[pc + 2])?;
                            ptr += count;
                            if count < min {
                                fail!();
                                break;
                            }
                            pc += code[pc] as usize;
                            let toplevel = self.frames.last().unwrap().toplevel;
                            if code[pc] == SUCCESS
                                && ptr == end
                                && !(toplevel && self.must_advance && ptr == self.start)
                            {
                                self.ptr = ptr;
                                succeed!();
                                break;
                            }
                        }
                        REPEAT => {
                            let idx = self.repeats.len();
                            self.repeats.push(Repeat {
                                count: -1,
                                pc,
                                prev: self.repeat,
                                last_ptr: NONE,
                            });
                            self.repeat = Some(idx);
                            self.ptr = ptr;
                            top!().u = idx;
                            call!(
                                Jump::Repeat,
                                pc + code[pc] as usize,
                                self.frames.last().unwrap().toplevel
                            );
                            break;
                        }
                        MAX_UNTIL => {
                            let Some(ri) = self.repeat else {
                                return Err(SreError::Internal);
                            };
                            self.ptr = ptr;
                            let count = self.repeats[ri].count + 1;
                            let rpc = self.repeats[ri].pc;
                            {
                                let f = top!();
                                f.count = count;
                                f.u = ri;
                            }
                            if count < code[rpc + 1] as isize {
                                self.repeats[ri].count = count;
                                call!(
                                    Jump::MaxUntil1,
                                    rpc + 3,
                                    self.frames.last().unwrap().toplevel
                                );
                                break;
                            }
                            let max = code[rpc + 2];
                            if (count < max as isize || max == MAXREPEAT)
                                && self.ptr != self.repeats[ri].last_ptr
                            {
                                self.repeats[ri].count = count;
                                lastmark_save!();
                                self.mark_push(self.lastmark);
                                self.saved.push(self.repeats[ri].last_ptr);
                                self.repeats[ri].last_ptr = self.ptr;
                                call!(
                                    Jump::MaxUntil2,
                                    rpc + 3,
                                    self.frames.last().unwrap().toplevel
                                );
                                break;
                            }
                            next = Next::MaxUntilTail;
                            break;
                        }
                        MIN_UNTIL => {
                            let Some(ri) = self.repeat else {
                                return Err(SreError::Internal);
                            };
                            self.ptr = ptr;
                            let count = self.repeats[ri].count + 1;
                            let rpc = self.repeats[ri].pc;
                            {
                                let f = top!();
                                f.count = count;
                                f.u = ri;
                            }
                            if count < code[rpc + 1] as isize {
                                self.repeats[ri].count = count;
                                call!(
                                    Jump::MinUntil1,
                                    rpc + 3,
                                    self.frames.last().unwrap().toplevel
                                );
                                break;
                            }
                            self.repeat = self.repeats[ri].prev;
                            lastmark_save!();
                            if self.repeat.is_some() {
                                self.mark_push(self.lastmark);
                            }
                            call!(Jump::MinUntil2, pc, self.frames.last().unwrap().toplevel);
                            break;
                        }
                        POSSESSIVE_REPEAT => {
                            self.ptr = ptr;
                            top!().count = 0;
                            if code[pc + 1] > 0 {
                                call!(Jump::PossRepeat1, pc + 3, false);
                            } else {
                                ptr = NONE;
                                next = Next::PossLoop;
                            }
                            break;
                        }
                        ATOMIC_GROUP => {
                            self.ptr = ptr;
                            call!(Jump::AtomicGroup, pc + 1, false);
                            break;
                        }
                        GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                            let Some((mut p, e)) = self.groupref_span(code[pc]) else {
                                fail!();
                                break;
                            };
                            let mut ok = true;
                            while p < e {
                                if ptr >= end {
                                    ok = false;
                                    break;
                                }
                                let (a, b) = (self.ch(ptr), self.ch(p));
                                let same = match op {
                                    GROUPREF => a == b,
                                    GROUPREF_IGNORE => lower_ascii(a) == lower_ascii(b),
                                    GROUPREF_UNI_IGNORE => lower_unicode(a) == lower_unicode(b),
                                    _ => lower_locale(a) == lower_locale(b),
                                };
                                if !same {
                                    ok = false;
                                    break;
                                }
                                p += 1;
                                ptr += 1;
                            }
                            if !ok {
                                fail!();
                                break;
                            }
                            pc += 1;
                        }
                        GROUPREF_EXISTS => {
                            if self.groupref_span(code[pc]).is_some() {
                                pc += 2;
                            } else {
                                pc += code[pc + 1] as usize;
                            }
                        }
                        ASSERT => {
                            let back = code[pc + 1] as usize;
                            if ptr < back {
                                fail!();
                                break;
                            }
                            self.ptr = ptr - back;
                            call!(Jump::Assert, pc + 2, false);
                            break;
                        }
                        ASSERT_NOT => {
                            let back = code[pc + 1] as usize;
                            if ptr >= back {
                                self.ptr = ptr - back;
                                lastmark_save!();
                                if self.repeat.is_some() {
                                    self.mark_push(self.lastmark);
                                }
                                call!(Jump::AssertNot, pc + 2, false);
                                break;
                            }
                            pc += code[pc] as usize;
                        }
                        FAILURE => {
                            fail!();
                            break;
                        }
                        _ => return Err(SreError::Internal),
                    }
                },
                Next::BranchTry => {
                    // pc is at the skip word of the next alternative.
                    next = Next::Return;
                    ret = false;
                    while code[pc] != 0 {
                        let op = code[pc + 1];
                        if op == LITERAL && (ptr >= end || self.ch(ptr) != code[pc + 2]) {
                            pc += code[pc] as usize;
                            continue;
                        }
                        if op == IN && (ptr >= end || !in_charset(code, pc + 3, self.ch(ptr))) {
                            pc += code[pc] as usize;
                            continue;
                        }
                        self.ptr = ptr;
                        call!(Jump::Branch, pc + 1, self.frames.last().unwrap().toplevel);
                        break;
                    }
                    if let Next::Return = next {
                        if self.repeat.is_some() {
                            let lm = self.frames.last().unwrap().lastmark;
                            self.mark_discard(lm);
                        }
                    }
                }
                Next::RepeatOneLit => {
                    let f = *self.frames.last().unwrap();
                    let min = code[pc + 1] as isize;
                    let chr = f.u as u32;
                    let mut count = f.count;
                    while count >= min && (ptr >= end || self.ch(ptr) != chr) {
                        ptr = ptr.wrapping_sub(1);
                        count -= 1;
                    }
                    top!().count = count;
                    if count < min {
                        if self.repeat.is_some() {
                            self.mark_discard(f.lastmark);
                        }
                        fail!();
                        continue;
                    }
                    self.ptr = ptr;
                    call!(Jump::RepeatOne1, pc + code[pc] as usize, f.toplevel);
                }
                Next::RepeatOneGen => {
                    let f = *self.frames.last().unwrap();
                    if f.count >= code[pc + 1] as isize {
                        self.ptr = ptr;
                        call!(Jump::RepeatOne2, pc + code[pc] as usize, f.toplevel);
                    } else {
                        if self.repeat.is_some() {
                            self.mark_discard(f.lastmark);
                        }
                        fail!();
                    }
                }
                Next::MinRepeatOneLoop => {
                    let f = *self.frames.last().unwrap();
                    let max = code[pc + 2];
                    if max == MAXREPEAT || f.count <= max as isize {
                        self.ptr = ptr;
                        call!(Jump::MinRepeatOne, pc + code[pc] as usize, f.toplevel);
                    } else {
                        if self.repeat.is_some() {
                            self.mark_discard(f.lastmark);
                        }
                        fail!();
                    }
                }
                Next::MaxUntilTail => {
                    let ri = self.frames.last().unwrap().u;
                    self.repeat = self.repeats[ri].prev;
                    call!(Jump::MaxUntil3, pc, self.frames.last().unwrap().toplevel);
                }
                Next::PossLoop => {
                    let f = *self.frames.last().unwrap();
                    let max = code[pc + 2];
                    if (f.count < max as isize || max == MAXREPEAT) && self.ptr != ptr {
                        lastmark_save!();
                        self.mark_push(self.lastmark);
                        ptr = self.ptr;
                        call!(Jump::PossRepeat2, pc + 3, false);
                    } else {
                        pc += code[pc] as usize + 1;
                        ptr = self.ptr;
                        next = Next::Dispatch;
                    }
                }
                Next::Return => {
                    let done = self.frames.pop().unwrap();
                    if self.frames.len() == base {
                        return Ok(ret);
                    }
                    let f = *self.frames.last().unwrap();
                    pc = f.pc;
                    ptr = f.ptr;
                    match done.jump {
                        Jump::None => return Err(SreError::Internal),
                        Jump::Branch => {
                            if ret {
                                if self.repeat.is_some() {
                                    self.mark_discard(f.lastmark);
                                }
                                continue;
                            }
                            if self.repeat.is_some() {
                                self.mark_pop(f.lastmark, false);
                            }
                            lastmark_restore!();
                            pc += code[pc] as usize;
                            next = Next::BranchTry;
                        }
                        Jump::RepeatOne1 | Jump::RepeatOne2 => {
                            if ret {
                                if self.repeat.is_some() {
                                    self.mark_discard(f.lastmark);
                                }
                                continue;
                            }
                            if self.repeat.is_some() {
                                self.mark_pop(f.lastmark, false);
                            }
                            lastmark_restore!();
                            ptr = ptr.wrapping_sub(1);
                            top!().count -= 1;
                            next = if done.jump == Jump::RepeatOne1 {
                                Next::RepeatOneLit
                            } else {
                                Next::RepeatOneGen
                            };
                        }
                        Jump::MinRepeatOne => {
                            if ret {
                                if self.repeat.is_some() {
                                    self.mark_discard(f.lastmark);
                                }
                                continue;
                            }
                            if self.repeat.is_some() {
                                self.mark_pop(f.lastmark, false);
                            }
                            lastmark_restore!();
                            self.ptr = ptr;
                            let n = self.count(code, pc + 3, 1)?;
                            if n == 0 {
                                if self.repeat.is_some() {
                                    self.mark_discard(f.lastmark);
                                }
                                fail!();
                                continue;
                            }
                            ptr += 1;
                            top!().count += 1;
                            next = Next::MinRepeatOneLoop;
                        }
                        Jump::Repeat => {
                            let ri = f.u;
                            self.repeat = self.repeats[ri].prev;
                            self.repeats.truncate(ri);
                            // ret stays as the sub-match's result.
                        }
                        Jump::MaxUntil1 | Jump::MinUntil1 => {
                            if ret {
                                continue;
                            }
                            self.repeats[f.u].count = f.count - 1;
                            self.ptr = ptr;
                        }
                        Jump::MaxUntil2 => {
                            let ri = f.u;
                            self.repeats[ri].last_ptr = self.saved.pop().unwrap();
                            if ret {
                                self.mark_discard(f.lastmark);
                                continue;
                            }
                            self.mark_pop(f.lastmark, true);
                            lastmark_restore!();
                            self.repeats[ri].count = f.count - 1;
                            self.ptr = ptr;
                            next = Next::MaxUntilTail;
                        }
                        Jump::MaxUntil3 => {
                            self.repeat = Some(f.u);
                            if !ret {
                                self.ptr = ptr;
                            }
                        }
                        Jump::MinUntil2 => {
                            let ri = f.u;
                            let repeat_of_tail = self.repeat;
                            self.repeat = Some(ri);
                            if ret {
                                if repeat_of_tail.is_some() {
                                    self.mark_discard(f.lastmark);
                                }
                                continue;
                            }
                            if repeat_of_tail.is_some() {
                                self.mark_pop(f.lastmark, true);
                            }
                            lastmark_restore!();
                            self.ptr = ptr;
                            let rpc = self.repeats[ri].pc;
                            let max = code[rpc + 2];
                            if (f.count >= max as isize && max != MAXREPEAT)
                                || self.ptr == self.repeats[ri].last_ptr
                            {
                                fail!();
                                continue;
                            }
                            self.repeats[ri].count = f.count;
                            self.saved.push(self.repeats[ri].last_ptr);
                            self.repeats[ri].last_ptr = self.ptr;
                            call!(Jump::MinUntil3, rpc + 3, f.toplevel);
                        }
                        Jump::MinUntil3 => {
                            let ri = f.u;
                            self.repeats[ri].last_ptr = self.saved.pop().unwrap();
                            if ret {
                                continue;
                            }
                            self.repeats[ri].count = f.count - 1;
                            self.ptr = ptr;
                        }
                        Jump::PossRepeat1 => {
                            if !ret {
                                self.ptr = ptr;
                                continue;
                            }
                            let count = f.count + 1;
                            top!().count = count;
                            if count < code[pc + 1] as isize {
                                call!(Jump::PossRepeat1, pc + 3, false);
                            } else {
                                ptr = NONE;
                                next = Next::PossLoop;
                            }
                        }
                        Jump::PossRepeat2 => {
                            if ret {
                                self.mark_discard(f.lastmark);
                                top!().count += 1;
                                next = Next::PossLoop;
                            } else {
                                self.mark_pop(f.lastmark, true);
                                lastmark_restore!();
                                self.ptr = ptr;
                                pc += code[pc] as usize + 1;
                                next = Next::Dispatch;
                            }
                        }
                        Jump::AtomicGroup => {
                            if !ret {
                                self.ptr = ptr;
                                continue;
                            }
                            pc += code[pc] as usize;
                            ptr = self.ptr;
                            next = Next::Dispatch;
                        }
                        Jump::Assert => {
                            if !ret {
                                continue;
                            }
                            pc += code[pc] as usize;
                            next = Next::Dispatch;
                        }
                        Jump::AssertNot => {
                            if ret {
                                if self.repeat.is_some() {
                                    self.mark_discard(f.lastmark);
                                }
                                ret = false;
                                continue;
                            }
                            if self.repeat.is_some() {
                                self.mark_pop(f.lastmark, true);
                            }
                            lastmark_restore!();
                            pc += code[pc] as usize;
                            next = Next::Dispatch;
                        }
                    }
                }
            }
        }
    }

    /// `pattern.match()` / `fullmatch()`: matches at `self.start`.
    pub fn pmatch(&mut self, code: &[u32]) -> R<bool> {
        self.ptr = self.start;
        self.run(code, 0, true)
    }

    /// Searches from `self.start` for the first position where the code
    /// matches (`SRE(search)`); on success `self.start..self.ptr` is the match.
    pub fn search(&mut self, code: &[u32]) -> R<bool> {
        let mut ptr = self.start;
        let mut end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut pc = 0;
        let mut flags = 0;
        let mut prefix: &[u32] = &[];
        let mut prefix_skip = 0usize;
        let mut charset: Option<usize> = None;
        if code[0] == INFO {
            flags = code[2];
            let min = code[3] as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if min > 1 {
                end = end.saturating_sub(min - 1);
                if end <= ptr {
                    end = ptr;
                }
            }
            if flags & INFO_PREFIX != 0 {
                let len = code[5] as usize;
                prefix_skip = code[6] as usize;
                prefix = &code[7..7 + len];
            } else if flags & INFO_CHARSET != 0 {
                charset = Some(5);
            }
            pc = 1 + code[1] as usize;
        }
        let send = self.end;
        if !prefix.is_empty() {
            let plen = prefix.len();
            if plen > send - ptr {
                return Ok(false);
            }
            self.must_advance = false;
            let mut p = ptr;
            while p + plen <= send {
                // Find the next position where the whole prefix occurs.
                let Some(q) = self.find_prefix(prefix, p, send) else {
                    return Ok(false);
                };
                self.start = q;
                self.ptr = q + prefix_skip;
                if flags & INFO_LITERAL != 0 {
                    return Ok(true);
                }
                if self.run(code, pc + 2 * prefix_skip, false)? {
                    return Ok(true);
                }
                p = q + 1;
                self.lastmark = -1;
                self.lastindex = -1;
            }
            return Ok(false);
        }
        if let Some(cs) = charset {
            self.must_advance = false;
            let end = self.end;
            loop {
                while ptr < end && !in_charset(code, cs, self.ch(ptr)) {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.run(code, pc, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.lastmark = -1;
                self.lastindex = -1;
            }
        }
        self.start = ptr;
        self.ptr = ptr;
        let mut status = self.run(code, pc, true)?;
        self.must_advance = false;
        if !status
            && code[pc] == AT
            && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)
        {
            self.start = end;
            self.ptr = end;
            return Ok(false);
        }
        while !status && ptr < end {
            ptr += 1;
            self.lastmark = -1;
            self.lastindex = -1;
            self.start = ptr;
            self.ptr = ptr;
            status = self.run(code, pc, false)?;
        }
        Ok(status)
    }

    /// The first position `>= from` where `prefix` occurs entirely before `end`.
    fn find_prefix(&self, prefix: &[u32], from: usize, end: usize) -> Option<usize> {
        let plen = prefix.len();
        let first = prefix[0];
        let mut p = from;
        while p + plen <= end {
            // Scan for the first code unit.
            while self.ch(p) != first {
                p += 1;
                if p + plen > end {
                    return None;
                }
            }
            if (1..plen).all(|k| self.ch(p + k) == prefix[k]) {
                return Some(p);
            }
            p += 1;
        }
        None
    }
}
