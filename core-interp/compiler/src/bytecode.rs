//! oxpy's bytecode: the one table of opcodes, the instruction encoding, and
//! the code object the compiler emits and the VM runs.
//!
//! The opcode table below is the single source of truth: the compiler emits
//! from it, the VM dispatches on it, `dis`-style listings and the JIT's
//! recorder read names and stack effects from it.
//!
//! Conventions shared by compiler and VM:
//! - Jump arguments are absolute instruction indexes into `CodeObject::instructions`.
//! - Exceptions use a zero-cost exception table (`ExceptionEntry`), as in
//!   CPython 3.11: no block stack, so a frame is fully described by its
//!   instruction index, value stack and fast locals (the deoptimization state).
//! - "NULL" below is a VM-internal stack marker that is not a Python object.

use num_bigint::BigInt;
use std::sync::Arc;

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $effect:expr ;)*) => {
        /// One bytecode operation. The `u32` argument lives in `Instruction::arg`.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode { $( $(#[doc = $doc])* $name, )* }

        impl Opcode {
            /// All opcodes, in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The opcode's name, as listings print it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// Net change of the value-stack depth when the instruction falls
            /// through (for jumps: when the jump is not taken), given its argument.
            pub fn stack_effect(self, arg: u32) -> i32 {
                #[allow(unused_variables)]
                let f: fn(u32) -> i32 = match self { $(Opcode::$name => $effect,)* };
                f(arg)
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop = |_| 0;
    /// Pops TOS.
    PopTop = |_| -1;
    /// Pushes a copy of the arg-th item (1 = TOS).
    Copy = |_| 1;
    /// Swaps TOS with the arg-th item (2 = the one below TOS).
    Swap = |_| 0;
    /// Pushes `consts[arg]`.
    LoadConst = |_| 1;

    /// Pushes fast local `arg`; UnboundLocalError if unset.
    LoadFast = |_| 1;
    /// Pops into fast local `arg`.
    StoreFast = |_| -1;
    /// Unsets fast local `arg`; UnboundLocalError if unset.
    DeleteFast = |_| 0;
    /// Pushes the contents of cell `arg` (cells are `cellvars` then `freevars`);
    /// NameError/UnboundLocalError ("free variable ... referenced before assignment") if empty.
    LoadDeref = |_| 1;
    /// Pops into cell `arg`.
    StoreDeref = |_| -1;
    /// Empties cell `arg`.
    DeleteDeref = |_| 0;
    /// Class bodies: looks `freevars`-cell `arg`'s name up in the locals mapping first, then the cell.
    LoadClassDeref = |_| 1;
    /// Pushes the cell object `arg` itself (for building closures).
    LoadClosure = |_| 1;
    /// Pushes `names[arg]` looked up in locals, globals, builtins.
    LoadName = |_| 1;
    /// Pops into the locals mapping under `names[arg]`.
    StoreName = |_| -1;
    /// Deletes `names[arg]` from the locals mapping.
    DeleteName = |_| 0;
    /// Pushes `names[arg]` looked up in globals, then builtins.
    LoadGlobal = |_| 1;
    /// Pops into globals under `names[arg]`.
    StoreGlobal = |_| -1;
    /// Deletes `names[arg]` from globals.
    DeleteGlobal = |_| 0;
    /// Replaces TOS with `getattr(TOS, names[arg])`.
    LoadAttr = |_| 0;
    /// `TOS.names[arg] = TOS1`; pops both.
    StoreAttr = |_| -2;
    /// `del TOS.names[arg]`; pops it.
    DeleteAttr = |_| -1;
    /// Replaces TOS (obj) with two items for `CallMethod`: `[method, obj]` when
    /// `names[arg]` is a plain function found on the type (unbound), otherwise
    /// `[NULL, getattr(obj, name)]`.
    LoadMethod = |_| 1;

    /// `TOS1[TOS]`.
    BinarySubscr = |_| -1;
    /// `TOS1[TOS] = TOS2`; pops all three.
    StoreSubscr = |_| -3;
    /// `del TOS1[TOS]`; pops both.
    DeleteSubscr = |_| -2;
    /// Builds `slice(TOS2, TOS1, TOS)` (arg = 3) or `slice(TOS1, TOS)` (arg = 2).
    BuildSlice = |a| 1 - a as i32;

    /// `TOS1 <op> TOS` with `arg` a `BinaryOperator` (in-place forms included).
    BinaryOp = |_| -1;
    /// `-TOS`.
    UnaryNegative = |_| 0;
    /// `+TOS`.
    UnaryPositive = |_| 0;
    /// `~TOS`.
    UnaryInvert = |_| 0;
    /// `not TOS`.
    UnaryNot = |_| 0;
    /// Rich comparison `TOS1 <op> TOS`, `arg` a `CompareOperator`.
    CompareOp = |_| -1;
    /// `TOS1 is TOS` (arg 0) or `is not` (arg 1).
    IsOp = |_| -1;
    /// `TOS1 in TOS` (arg 0) or `not in` (arg 1).
    ContainsOp = |_| -1;

    /// Jumps forward to `arg`.
    Jump = |_| 0;
    /// Jumps backward to `arg` (a loop edge: the VM checks signals and counts loop heat here).
    JumpBackward = |_| 0;
    /// Pops TOS; jumps to `arg` if it is false.
    PopJumpIfFalse = |_| -1;
    /// Pops TOS; jumps to `arg` if it is true.
    PopJumpIfTrue = |_| -1;
    /// Pops TOS; jumps to `arg` if it is None.
    PopJumpIfNone = |_| -1;
    /// Pops TOS; jumps to `arg` if it is not None.
    PopJumpIfNotNone = |_| -1;
    /// If TOS is false jumps to `arg` keeping it, else pops it.
    JumpIfFalseOrPop = |_| -1;
    /// If TOS is true jumps to `arg` keeping it, else pops it.
    JumpIfTrueOrPop = |_| -1;
    /// Replaces TOS with `iter(TOS)`.
    GetIter = |_| 0;
    /// TOS is an iterator: pushes its next value, or on exhaustion pops the
    /// iterator and jumps to `arg`.
    ForIter = |_| 1;

    /// Builds a tuple from the top `arg` items.
    BuildTuple = |a| 1 - a as i32;
    /// Builds a list from the top `arg` items.
    BuildList = |a| 1 - a as i32;
    /// Builds a set from the top `arg` items.
    BuildSet = |a| 1 - a as i32;
    /// Builds a dict from the top `2*arg` items (key, value, key, value…).
    BuildMap = |a| 1 - 2 * a as i32;
    /// Builds a dict from `arg` values and TOS, a tuple constant of keys.
    BuildConstKeyMap = |a| -(a as i32);
    /// Concatenates the top `arg` strings.
    BuildString = |a| 1 - a as i32;
    /// Appends TOS to the list at stack position `arg` (1 = TOS after popping); pops TOS.
    ListAppend = |_| -1;
    /// Adds TOS to the set at stack position `arg`; pops TOS.
    SetAdd = |_| -1;
    /// Sets `d[TOS1] = TOS` for the dict at stack position `arg` (counted after popping both); pops both.
    MapAdd = |_| -2;
    /// Extends the list at position `arg` with the iterable TOS; pops TOS.
    ListExtend = |_| -1;
    /// Updates the set at position `arg` with the iterable TOS; pops TOS.
    SetUpdate = |_| -1;
    /// Updates the dict at position `arg` with the mapping TOS (`{**m}`); pops TOS.
    DictUpdate = |_| -1;
    /// Like DictUpdate but raises TypeError on duplicate keys (`f(**a, **b)`);
    /// the callable for the message sits at position `arg + 2`.
    DictMerge = |_| -1;
    /// Replaces the list TOS with a tuple of its items.
    ListToTuple = |_| 0;
    /// Unpacks TOS into exactly `arg` items, pushed so the first is on top.
    UnpackSequence = |a| a as i32 - 1;
    /// Star-unpacking: `arg & 0xFF` items before the star, `arg >> 8` after;
    /// pushes before + 1 (a list) + after items, the first on top.
    UnpackEx = |a| ((a & 0xFF) + (a >> 8)) as i32;

    /// f-string value conversion and formatting; `arg & 3` is the conversion
    /// (0 none, 1 `!s`, 2 `!r`, 3 `!a`); `arg & 4` means a format spec is on
    /// TOS above the value. Pushes the formatted str.
    FormatValue = |a| if a & 4 != 0 { -1 } else { 0 };

    /// Calls with `arg` positional arguments: `[callable, args…]`.
    Call = |a| -(a as i32);
    /// Calls with keywords: `[callable, args…, kwnames]`; `arg` counts every
    /// argument value (positional and keyword); kwnames is a tuple of str.
    CallKw = |a| -(a as i32) - 1;
    /// Calls after `LoadMethod`: `[method|NULL, self|callable, args…]`, `arg` positional arguments.
    CallMethod = |a| -(a as i32) - 1;
    /// `CallMethod` with keywords: `[method|NULL, self|callable, args…, kwnames]`.
    CallMethodKw = |a| -(a as i32) - 2;
    /// `[callable, args tuple, kwargs dict]` (arg 1) or `[callable, args tuple]` (arg 0).
    /// For a call whose only positional argument is `*x`, "args tuple" is `x`
    /// itself, any iterable: the VM collects it, raising TypeError
    /// "<func>() argument after * must be an iterable, not <type>" otherwise.
    CallEx = |a| if a & 1 != 0 { -2 } else { -1 };
    /// Builds a function from the code object on TOS; below it, pushed in this
    /// order when the flag is set: defaults tuple (1), kw-defaults dict (2),
    /// annotations tuple of name/value pairs (4), closure tuple of cells (8).
    MakeFunction = |a| -((a & 1 != 0) as i32 + (a & 2 != 0) as i32 + (a & 4 != 0) as i32 + (a & 8 != 0) as i32);
    /// Returns TOS from the frame.
    ReturnValue = |_| -1;
    /// Generators: yields TOS; the value sent in is pushed on resumption.
    YieldValue = |_| 0;
    /// `yield from`/`await` step: `[receiver, value]` → sends value (or
    /// `next()` when None) into receiver; on a yielded value, pushes it, leaving
    /// `[receiver, yielded]`, and falls through (a `YieldValue` follows, then a
    /// `JumpBackward` to this Send); on return, pops both, pushes the return
    /// value and jumps to `arg`.
    Send = |_| 0;
    /// `yield from` operand: replaces TOS with `iter(TOS)` unless it is a
    /// generator or (inside a coroutine) a coroutine.
    GetYieldFromIter = |_| 0;
    /// `await` operand: replaces TOS with its awaitable iterator
    /// (`arg`: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__`, for messages).
    GetAwaitable = |_| 0;
    /// Replaces TOS with `TOS.__aiter__()`.
    GetAIter = |_| 0;
    /// Pushes the awaitable of `TOS.__anext__()` (TOS stays), already turned
    /// into its awaitable iterator (no `GetAwaitable` follows, as in CPython).
    GetANext = |_| 1;
    /// `async for` exit: TOS is the exception, TOS1 the async iterator; pops both
    /// if it is StopAsyncIteration, else re-raises it.
    EndAsyncFor = |_| -2;
    /// Async generators: wraps TOS so that yielding it is a value yield, not an await.
    AsyncGenWrap = |_| 0;

    /// `raise` (arg 0: re-raise the handled exception; 1: `raise TOS`; 2: `raise TOS1 from TOS`).
    RaiseVarargs = |a| -(a as i32);
    /// Re-raises TOS. If `arg` is non-zero, TOS1 is an int lasti that
    /// becomes the frame's current instruction first (like CPython's RERAISE).
    Reraise = |_| -1;
    /// Exception handler entry: TOS is the exception; saves the current
    /// handled exception below it and makes TOS the handled one (`sys.exc_info()`):
    /// `[exc]` → `[prev_exc_info, exc]`.
    PushExcInfo = |_| 1;
    /// Leaves a handler: pops the saved previous handled exception and restores it.
    PopExcept = |_| -1;
    /// `[exc, type]` → `[exc, bool]`: does exc match the type (or tuple of types)?
    CheckExcMatch = |_| 0;
    /// `except*`: `[exc, type]` → `[rest, match]`, where match is None if
    /// nothing matched.
    CheckEgMatch = |_| 0;
    /// `except*` end: `[orig, list of raised]` → the exception to re-raise, or None.
    PrepReraiseStar = |_| -1;
    /// `with` exit on exception: calls the `__exit__` at position 4 (below the
    /// lasti, prev-exc and exc items) with the exception TOS; pushes the result.
    WithExceptStart = |_| 1;
    /// `with` entry: `[mgr]` → `[bound __exit__, result of __enter__()]`.
    BeforeWith = |_| 1;
    /// `async with` entry: `[mgr]` → `[bound __aexit__, awaitable of __aenter__()]`.
    BeforeAsyncWith = |_| 1;
    /// Pushes AssertionError.
    LoadAssertionError = |_| 1;

    /// `[level, fromlist]` → module `__import__(names[arg], globals, None, fromlist, level)`.
    ImportName = |_| -1;
    /// Pushes `getattr(TOS, names[arg])`, falling back to importing the submodule;
    /// ImportError "cannot import name ..." when absent.
    ImportFrom = |_| 1;
    /// `from TOS import *` into the locals mapping; pops TOS.
    ImportStar = |_| -1;
    /// Pushes `builtins.__build_class__`.
    LoadBuildClass = |_| 1;
    /// Creates `__annotations__` in the locals mapping if it is missing.
    SetupAnnotations = |_| 0;
    /// Pushes the frame's locals mapping.
    LoadLocals = |_| 1;
    /// REPL: prints TOS via `sys.displayhook`; pops it.
    PrintExpr = |_| -1;

    /// `match` class pattern: `[subject, cls, kw-names tuple]` → attributes tuple or None;
    /// `arg` positional sub-patterns.
    MatchClass = |_| -2;
    /// Pushes whether TOS is a mapping (for `match`).
    MatchMapping = |_| 1;
    /// Pushes whether TOS is a sequence (for `match`).
    MatchSequence = |_| 1;
    /// `[subject, keys tuple]` → `[subject, keys, values tuple or None]`.
    MatchKeys = |_| 1;
    /// Pushes `len(TOS)` (TOS stays).
    GetLen = |_| 1;
    /// `[subject, keys tuple]` → `[subject, dict copy of subject without keys]`.
    CopyDictWithoutKeys = |_| 0;
}

/// The argument of `BinaryOp`; in-place forms are the plain form plus `INPLACE_OFFSET`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOperator {
    Add,
    And,
    FloorDivide,
    LShift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    RShift,
    Subtract,
    TrueDivide,
    Xor,
}

impl BinaryOperator {
    /// `BinaryOp` arguments at or above this are in-place (`+=` …).
    pub const INPLACE_OFFSET: u32 = 13;
    const ALL: [BinaryOperator; 13] = [
        Self::Add,
        Self::And,
        Self::FloorDivide,
        Self::LShift,
        Self::MatrixMultiply,
        Self::Multiply,
        Self::Remainder,
        Self::Or,
        Self::Power,
        Self::RShift,
        Self::Subtract,
        Self::TrueDivide,
        Self::Xor,
    ];

    /// Decodes a `BinaryOp` argument into the operator and whether it is in-place.
    #[inline]
    pub fn from_arg(arg: u32) -> (BinaryOperator, bool) {
        let inplace = arg >= Self::INPLACE_OFFSET;
        let i = if inplace {
            arg - Self::INPLACE_OFFSET
        } else {
            arg
        };
        (Self::ALL[i as usize], inplace)
    }

    /// The operator's symbol, as in error messages (`+`, `**`…).
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Add => "+",
            Self::And => "&",
            Self::FloorDivide => "//",
            Self::LShift => "<<",
            Self::MatrixMultiply => "@",
            Self::Multiply => "*",
            Self::Remainder => "%",
            Self::Or => "|",
            Self::Power => "**",
            Self::RShift => ">>",
            Self::Subtract => "-",
            Self::TrueDivide => "/",
            Self::Xor => "^",
        }
    }
}

/// The argument of `CompareOp`, in CPython's `Py_LT`… order.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOperator {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOperator {
    /// Decodes a `CompareOp` argument.
    #[inline]
    pub fn from_arg(arg: u32) -> CompareOperator {
        [Self::Lt, Self::Le, Self::Eq, Self::Ne, Self::Gt, Self::Ge][arg as usize]
    }

    /// Whether two values ordered as `ord` satisfy this comparison.
    #[inline]
    pub fn holds(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            Self::Lt => ord == Less,
            Self::Le => ord != Greater,
            Self::Eq => ord == Equal,
            Self::Ne => ord != Equal,
            Self::Gt => ord == Greater,
            Self::Ge => ord != Less,
        }
    }
}

/// One instruction: an opcode and its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Opcode,
    pub arg: u32,
}

/// Where an instruction came from in the source (1-based lines, 0-based
/// UTF-8 byte columns as CPython 3.11's `co_positions()` reports them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceRange {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table row: an exception raised by an instruction in
/// `start..end` unwinds the value stack to `depth` items, pushes the
/// instruction index as an int if `push_lasti`, pushes the exception, and
/// jumps to `handler`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Arc<str>),
    /// A str holding lone surrogates (from `\ud800` escapes), as code points.
    StrCodePoints(Arc<[u32]>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Constant]>),
    FrozenSet(Arc<[Constant]>),
    Code(Arc<CodeObject>),
}

/// `co_flags` bits, with CPython's values.
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// `from __future__ import barry_as_FLUFL` (set on every code object of
    /// the module, like FUTURE_ANNOTATIONS; the other features set no flag).
    pub const FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
    /// `from __future__ import annotations` (set on every code object of the module).
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// A compiled body: module, class body, function, lambda, comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    /// Positional parameters, positional-only ones included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `code_flags` bits.
    pub flags: u32,
    /// Fast locals: parameters first (positional, keyword-only, `*args`, `**kwargs`), then the rest.
    pub varnames: Vec<Arc<str>>,
    /// Variables of this scope that inner scopes capture.
    pub cellvars: Vec<Arc<str>>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<Arc<str>>,
    /// For each cellvar that is also a parameter, the parameter's index in
    /// `varnames` (the VM moves the argument into the cell at frame start).
    pub cell2arg: Vec<Option<u32>>,
    /// Global, attribute and imported names.
    pub names: Vec<Arc<str>>,
    pub consts: Vec<Constant>,
    pub instructions: Vec<Instruction>,
    /// One entry per instruction.
    pub positions: Vec<SourceRange>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Upper bound of the value-stack depth.
    pub max_stack: u32,
    /// The docstring, when the body starts with one (functions: also `consts[0]`).
    pub docstring: Option<Arc<str>>,
    /// SyntaxWarnings found while compiling (top-level code object only): (line, message).
    pub warnings: Vec<(u32, String)>,
}
