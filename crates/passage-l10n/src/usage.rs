//! What a Fluent message uses: its variables and plural variants. Shared by
//! the checks and the build script that writes the typed accessors.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    Expression, InlineExpression, Message, Pattern, PatternElement, VariantKey,
};

const ALL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What one message uses: its variables, and the plural keys of its selects.
#[derive(Debug, Default)]
pub(crate) struct Usage {
    /// Where it is (set by the caller).
    pub(crate) line: usize,
    /// `$variables` it formats.
    pub(crate) variables: BTreeSet<String>,
    /// Plural categories of its select variants.
    pub(crate) plural_keys: Vec<String>,
}

fn walk_inline(e: &InlineExpression<&str>, u: &mut Usage) {
    match e {
        InlineExpression::VariableReference { id } => {
            u.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, u);
            }
            for a in &arguments.named {
                walk_inline(&a.value, u);
            }
        }
        InlineExpression::MessageReference { .. } => {}
        InlineExpression::TermReference { arguments, .. } => {
            if let Some(args) = arguments {
                for a in &args.named {
                    walk_inline(&a.value, u);
                }
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, u),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_expression(e: &Expression<&str>, u: &mut Usage) {
    match e {
        Expression::Inline(i) => walk_inline(i, u),
        Expression::Select { selector, variants } => {
            walk_inline(selector, u);
            for v in variants {
                if let VariantKey::Identifier { name } = &v.key
                    && ALL_CATEGORIES.contains(name)
                {
                    u.plural_keys.push((*name).to_owned());
                }
                walk_pattern(&v.value, u);
            }
        }
    }
}

fn walk_pattern(p: &Pattern<&str>, u: &mut Usage) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, u);
        }
    }
}

/// The usage of one message (its value and attributes).
pub(crate) fn usage_of(m: &Message<&str>) -> Usage {
    let mut usage = Usage::default();
    if let Some(value) = &m.value {
        walk_pattern(value, &mut usage);
    }
    for a in &m.attributes {
        walk_pattern(&a.value, &mut usage);
    }
    usage
}
