//! The assembler: turns the emitter's instruction list (real opcodes plus
//! labels and the pseudo-instructions that open and close exception
//! handlers) into final instructions with resolved jump targets, computes
//! the maximum stack depth by flow analysis, and derives the zero-cost
//! exception table from the handler active at each instruction (as
//! CPython 3.11's `label_exception_targets` does).

use crate::bytecode::{ExceptionEntry, Instruction, Opcode, SourceRange};

/// A jump target, bound to a position with `IrOp::Bind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// One emitted item.
#[derive(Clone, Copy, Debug)]
pub enum IrOp {
    /// A real instruction; `target` replaces the argument of jumps.
    Op(Opcode),
    /// Marks where a label points.
    Bind,
    /// Opens a handler (`try` body): exceptions jump to `target` with the stack unwound.
    SetupFinally,
    /// Opens a cleanup handler: like SetupFinally, also pushes the raising instruction's index.
    SetupCleanup,
    /// Opens a `with` exit handler (pushes the index like SetupCleanup).
    SetupWith,
    /// Closes the innermost handler.
    PopBlock,
}

#[derive(Clone, Copy, Debug)]
pub struct Ir {
    pub op: IrOp,
    pub arg: u32,
    pub target: Option<Label>,
    pub pos: SourceRange,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Handler {
    label: Label,
    depth: u32,
    lasti: bool,
}

/// The result of assembly.
pub struct Assembled {
    pub instructions: Vec<Instruction>,
    pub positions: Vec<SourceRange>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

fn is_terminal(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Jump
            | Opcode::JumpBackward
            | Opcode::ReturnValue
            | Opcode::RaiseVarargs
            | Opcode::Reraise
    )
}

/// Depth after taking the jump of `op`, from the depth before it.
fn jump_depth(op: Opcode, before: i64) -> i64 {
    match op {
        Opcode::ForIter | Opcode::Send => before - 1,
        Opcode::PopJumpIfFalse
        | Opcode::PopJumpIfTrue
        | Opcode::PopJumpIfNone
        | Opcode::PopJumpIfNotNone => before - 1,
        _ => before,
    }
}

/// Assembles `ir` into final code.
pub fn assemble(ir: &[Ir], nlabels: usize) -> Result<Assembled, String> {
    // Label positions in IR indexes and in final instruction indexes.
    let mut label_ir = vec![usize::MAX; nlabels];
    let mut label_final = vec![u32::MAX; nlabels];
    let mut final_index = vec![u32::MAX; ir.len()];
    let mut n = 0u32;
    for (i, item) in ir.iter().enumerate() {
        match item.op {
            IrOp::Bind => {
                let l = item.target.expect("bind has a label").0 as usize;
                label_ir[l] = i;
                label_final[l] = n;
            }
            IrOp::Op(_) => {
                final_index[i] = n;
                n += 1;
            }
            _ => {}
        }
    }
    for (l, &p) in label_ir.iter().enumerate() {
        if p == usize::MAX
            && ir
                .iter()
                .any(|x| x.target == Some(Label(l as u32)) && !matches!(x.op, IrOp::Bind))
        {
            return Err(format!("internal compiler error: unbound label {l}"));
        }
    }

    // Flow analysis: depth and active handler for every instruction.
    let mut seen: Vec<Option<(i64, Vec<Handler>)>> = vec![None; ir.len()];
    let mut handler_at: Vec<Option<Handler>> = vec![None; ir.len()];
    let mut work: Vec<(usize, i64, Vec<Handler>)> = vec![(0, 0, Vec::new())];
    let mut max_depth: i64 = 0;
    while let Some((mut i, mut depth, mut handlers)) = work.pop() {
        loop {
            if i >= ir.len() {
                break;
            }
            if let Some((d, _)) = &seen[i] {
                if *d != depth {
                    return Err(format!(
                        "internal compiler error: inconsistent stack depth at {i} ({d} vs {depth})"
                    ));
                }
                break;
            }
            seen[i] = Some((depth, handlers.clone()));
            max_depth = max_depth.max(depth);
            let item = &ir[i];
            match item.op {
                IrOp::Bind => {}
                IrOp::SetupFinally | IrOp::SetupCleanup | IrOp::SetupWith => {
                    let lasti = !matches!(item.op, IrOp::SetupFinally);
                    let label = item.target.expect("setup has a target");
                    // A `with` block is opened with `__enter__`'s result on the
                    // stack; the handler unwinds below it, to the exit function.
                    let base = if matches!(item.op, IrOp::SetupWith) {
                        depth - 1
                    } else {
                        depth
                    };
                    let h = Handler {
                        label,
                        depth: base as u32,
                        lasti,
                    };
                    let target = label_ir[label.0 as usize];
                    work.push((target, base + lasti as i64 + 1, handlers.clone()));
                    handlers.push(h);
                }
                IrOp::PopBlock => {
                    handlers.pop();
                }
                IrOp::Op(op) => {
                    handler_at[i] = handlers.last().copied();
                    if let Some(t) = item.target {
                        let target = label_ir[t.0 as usize];
                        let d = jump_depth(op, depth);
                        if d < 0 {
                            return Err(format!(
                                "internal compiler error: negative stack depth at {i}"
                            ));
                        }
                        work.push((target, d, handlers.clone()));
                    }
                    if is_terminal(op) {
                        break;
                    }
                    depth += op.stack_effect(item.arg) as i64;
                    if depth < 0 {
                        return Err(format!(
                            "internal compiler error: stack underflow at {i} ({op:?})"
                        ));
                    }
                    max_depth = max_depth.max(depth);
                }
            }
            i += 1;
        }
    }

    let mut instructions = Vec::with_capacity(n as usize);
    let mut positions = Vec::with_capacity(n as usize);
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, item) in ir.iter().enumerate() {
        let IrOp::Op(op) = item.op else { continue };
        let arg = match item.target {
            Some(t) => label_final[t.0 as usize],
            None => item.arg,
        };
        let at = final_index[i];
        instructions.push(Instruction { op, arg });
        positions.push(item.pos);
        if let Some(h) = handler_at[i] {
            let handler = label_final[h.label.0 as usize];
            match table.last_mut() {
                Some(e)
                    if e.end == at
                        && e.handler == handler
                        && e.depth == h.depth
                        && e.push_lasti == h.lasti =>
                {
                    e.end = at + 1
                }
                _ => table.push(ExceptionEntry {
                    start: at,
                    end: at + 1,
                    handler,
                    depth: h.depth,
                    push_lasti: h.lasti,
                }),
            }
        }
    }
    Ok(Assembled {
        instructions,
        positions,
        exception_table: table,
        max_stack: max_depth as u32,
    })
}
