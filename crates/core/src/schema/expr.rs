//! The small, safe expression language of `visible_if` and `required_if`.
//!
//! ```text
//! has_children == "yes" and (age >= 18 or answered(guardian))
//! purpose in ["family", "friends"]
//! not (citizenship == "SE")
//! ```
//!
//! An expression can only read answers and compare them: there are no assignments, no loops and no
//! calls but `answered(id)`, so a schema file cannot make the engine do anything but decide. An
//! expression must be a condition; a bare answer (`has_children`) is refused when the schema is
//! checked, because "is it answered?" and "is it yes?" are different questions a designer must
//! choose between. Dates are compared as `YYYY-MM-DD` text, which orders them correctly.

use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// The answer to the question with this id.
    Answer(String),
    Text(String),
    Number(f64),
    Bool(bool),
    List(Vec<Expr>),
    Answered(String),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Comparison, Box<Expr>, Box<Expr>),
    In(Box<Expr>, Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// What an expression reads: an answer by question id.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Missing,
    Text(String),
    List(Vec<String>),
}

pub trait Answers {
    fn value(&self, id: &str) -> Value;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExprError {
    /// Character offset in the expression, for the designer.
    pub offset: usize,
    pub problem: Problem,
}

/// What is wrong with an expression. Its wording is in `Display`, which only the schema check
/// calls: a checked schema never fails to parse in the browser, so the words stay out of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Unexpected(String),
    NotACondition,
    NotANumber(String),
    UnclosedText,
    SingleEquals,
    NotAllowed(char),
    Expected(&'static str, String),
    ConditionExpected,
    ConditionBeforeAndOr,
    ComparisonOfConditions,
    EndsTooEarly,
    ListOfValues,
    CannotStartValue(String),
    AnsweredNeedsId,
    UnknownFunction(String),
    /// More parentheses or `not`s inside each other than [`MAX_NESTING`].
    TooDeep,
    /// More parts than [`MAX_PARTS`].
    TooLong,
}

/// How deep parentheses and `not` may nest, and how many parts (names, values, operators) a
/// condition may have: far more than a designer writes, and little enough that reading,
/// evaluating, copying and dropping a condition never runs out of stack, whatever a file holds.
pub const MAX_NESTING: usize = 32;
pub const MAX_PARTS: usize = 500;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const COMPARE: &str = "compare the answer (x == \"yes\") or use answered(x)";
        match self {
            Problem::Unexpected(what) => write!(f, "unexpected {what}"),
            Problem::NotACondition => write!(f, "the expression is a value, not a condition; compare it (x == \"yes\") or use answered(x)"),
            Problem::NotANumber(text) => write!(f, "`{text}` is not a number"),
            Problem::UnclosedText => write!(f, "text is not closed with a quote"),
            Problem::SingleEquals => write!(f, "use `==` to compare"),
            Problem::NotAllowed(c) => write!(f, "`{c}` is not allowed here"),
            Problem::Expected(op, found) => write!(f, "expected `{op}`, found {found}"),
            Problem::ConditionExpected => write!(f, "expected a condition here; {COMPARE}"),
            Problem::ConditionBeforeAndOr => write!(f, "expected a condition before `and`/`or`; {COMPARE}"),
            Problem::ComparisonOfConditions => write!(f, "a comparison needs a value on each side; add parentheses"),
            Problem::EndsTooEarly => write!(f, "the expression ends too early"),
            Problem::ListOfValues => write!(f, "a list holds only texts and numbers"),
            Problem::CannotStartValue(word) => write!(f, "`{word}` cannot start a value"),
            Problem::AnsweredNeedsId => write!(f, "answered(…) takes a question id"),
            Problem::TooDeep => write!(f, "nested too deeply (at most {MAX_NESTING} parentheses or `not`s); write a simpler condition"),
            Problem::TooLong => write!(f, "too long (at most {MAX_PARTS} names, values and operators); write a simpler condition"),
            Problem::UnknownFunction(name) => write!(f, "`{name}(…)` is not a known function; the only one is answered(id)"),
        }
    }
}

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at character {})", self.problem, self.offset + 1)
    }
}

// How many expressions this thread has parsed: a test holds that filling in a form parses none
// (they are parsed once, when the form is read; see `crate::schema::ready`). Counted natively
// only, where the tests run: the browser's download does without.
#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static PARSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many expressions this thread has parsed so far.
#[cfg(not(target_arch = "wasm32"))]
pub fn parsed_so_far() -> usize {
    PARSED.with(std::cell::Cell::get)
}

impl Expr {
    pub fn parse(source: &str) -> Result<Expr, ExprError> {
        #[cfg(not(target_arch = "wasm32"))]
        PARSED.with(|n| n.set(n.get() + 1));
        let tokens = tokenize(source)?;
        if let Some((offset, _)) = tokens.get(MAX_PARTS) {
            return Err(ExprError { offset: *offset, problem: Problem::TooLong });
        }
        let mut parser = Parser { tokens, at: 0, end: source.chars().count(), depth: 0 };
        let expr = parser.or()?;
        if let Some((offset, token)) = parser.tokens.get(parser.at) {
            return Err(ExprError { offset: *offset, problem: Problem::Unexpected(token.describe()) });
        }
        if !expr.is_condition() {
            return Err(ExprError { offset: 0, problem: Problem::NotACondition });
        }
        Ok(expr)
    }

    fn is_condition(&self) -> bool {
        matches!(
            self,
            Expr::Bool(_) | Expr::Answered(_) | Expr::Not(_) | Expr::And(..) | Expr::Or(..) | Expr::Compare(..) | Expr::In(..)
        )
    }

    /// The ids of every question the expression reads.
    pub fn questions_named(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_names(&mut out);
        out
    }

    fn collect_names<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Answer(id) | Expr::Answered(id) => out.push(id),
            Expr::Text(_) | Expr::Number(_) | Expr::Bool(_) => {}
            Expr::List(items) => items.iter().for_each(|e| e.collect_names(out)),
            Expr::Not(e) => e.collect_names(out),
            Expr::And(a, b) | Expr::Or(a, b) | Expr::Compare(_, a, b) | Expr::In(a, b) => {
                a.collect_names(out);
                b.collect_names(out);
            }
        }
    }

    /// Every literal an answer is compared with for equality or membership, as (question id,
    /// value): `purpose == "family"` gives ("purpose", "family"). The schema check uses this to
    /// catch a value that no option has, which would silently never match.
    pub fn values_compared(&self) -> Vec<(&str, String)> {
        let mut out = Vec::new();
        self.collect_values(&mut out);
        out
    }

    fn collect_values<'a>(&'a self, out: &mut Vec<(&'a str, String)>) {
        let literal = |e: &Expr| match e {
            Expr::Text(t) => Some(t.clone()),
            Expr::Number(n) => Some(format_number(*n)),
            _ => None,
        };
        match self {
            Expr::Compare(Comparison::Equal | Comparison::NotEqual, a, b) => match (&**a, &**b) {
                (Expr::Answer(id), other) | (other, Expr::Answer(id)) => out.extend(literal(other).map(|v| (id.as_str(), v))),
                _ => {}
            },
            Expr::In(item, set) => match (&**item, &**set) {
                (Expr::Answer(id), Expr::List(items)) => out.extend(items.iter().filter_map(literal).map(|v| (id.as_str(), v))),
                (literal_item, Expr::Answer(id)) => out.extend(literal(literal_item).map(|v| (id.as_str(), v))),
                _ => {}
            },
            Expr::Not(e) => e.collect_values(out),
            Expr::And(a, b) | Expr::Or(a, b) => {
                a.collect_values(out);
                b.collect_values(out);
            }
            _ => {}
        }
    }

    /// Whether the condition holds for these answers. A missing answer makes every comparison
    /// false except `!=`, so a question that depends on an unanswered one stays hidden.
    pub fn holds(&self, answers: &dyn Answers) -> bool {
        match self {
            Expr::Bool(b) => *b,
            Expr::Answered(id) => match answers.value(id) {
                Value::Missing => false,
                Value::Text(t) => !t.trim().is_empty(),
                Value::List(items) => !items.is_empty(),
            },
            Expr::Not(e) => !e.holds(answers),
            Expr::And(a, b) => a.holds(answers) && b.holds(answers),
            Expr::Or(a, b) => a.holds(answers) || b.holds(answers),
            Expr::Compare(op, a, b) => compare(*op, &a.value(answers), &b.value(answers)),
            Expr::In(item, set) => {
                let set = match set.value(answers) {
                    Value::List(items) => items,
                    Value::Text(t) => vec![t],
                    Value::Missing => return false,
                };
                match item.value(answers) {
                    Value::Missing => false,
                    Value::Text(t) => set.contains(&t),
                    Value::List(items) => items.iter().any(|i| set.contains(i)),
                }
            }
            Expr::Answer(_) | Expr::Text(_) | Expr::Number(_) | Expr::List(_) => false,
        }
    }

    fn value(&self, answers: &dyn Answers) -> Value {
        match self {
            Expr::Answer(id) => answers.value(id),
            Expr::Text(t) => Value::Text(t.clone()),
            Expr::Number(n) => Value::Text(format_number(*n)),
            Expr::List(items) => Value::List(
                items
                    .iter()
                    .filter_map(|e| match e.value(answers) {
                        Value::Text(t) => Some(t),
                        _ => None,
                    })
                    .collect(),
            ),
            condition => Value::Text(if condition.holds(answers) { "true".into() } else { "false".into() }),
        }
    }
}

use crate::basics::numbers::format_number;

fn compare(op: Comparison, a: &Value, b: &Value) -> bool {
    let (Value::Text(a), Value::Text(b)) = (a, b) else {
        // A missing answer differs from every value; lists are compared only with `in`.
        return op == Comparison::NotEqual && a != b;
    };
    let ordering = match (parse_number(a), parse_number(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        _ => Some(a.trim().cmp(b.trim())),
    };
    let Some(ordering) = ordering else { return false };
    use std::cmp::Ordering::*;
    match op {
        Comparison::Equal => ordering == Equal,
        Comparison::NotEqual => ordering != Equal,
        Comparison::Less => ordering == Less,
        Comparison::LessOrEqual => ordering != Greater,
        Comparison::Greater => ordering == Greater,
        Comparison::GreaterOrEqual => ordering != Less,
    }
}

/// Numbers as applicants type them: a decimal comma is a decimal point.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text.trim().chars().filter(|c| !c.is_whitespace()).map(|c| if c == ',' { '.' } else { c }).collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+') {
        return None;
    }
    crate::basics::numbers::parse_decimal(&cleaned).filter(|n| n.is_finite())
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Name(String),
    Text(String),
    Number(f64),
    Op(&'static str),
}

impl Token {
    fn describe(&self) -> String {
        match self {
            Token::Name(n) => format!("`{n}`"),
            Token::Text(t) => format!("text \"{t}\""),
            Token::Number(n) => format!("number {}", format_number(*n)),
            Token::Op(op) => format!("`{op}`"),
        }
    }
}

fn tokenize(source: &str) -> Result<Vec<(usize, Token)>, ExprError> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push((start, Token::Name(chars[start..i].iter().collect())));
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            let n = crate::basics::numbers::parse_decimal(&text).ok_or_else(|| ExprError { offset: start, problem: Problem::NotANumber(text.clone()) })?;
            tokens.push((start, Token::Number(n)));
        } else if c == '"' || c == '\'' {
            i += 1;
            let mut text = String::new();
            loop {
                match chars.get(i) {
                    None => return Err(ExprError { offset: start, problem: Problem::UnclosedText }),
                    Some(q) if *q == c => break,
                    Some('\\') if i + 1 < chars.len() => {
                        text.push(chars[i + 1]);
                        i += 2;
                    }
                    Some(other) => {
                        text.push(*other);
                        i += 1;
                    }
                }
            }
            i += 1;
            tokens.push((start, Token::Text(text)));
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            let op = match two.as_str() {
                "==" => Some("=="),
                "!=" => Some("!="),
                "<=" => Some("<="),
                ">=" => Some(">="),
                "&&" => Some("and"),
                "||" => Some("or"),
                _ => None,
            };
            if let Some(op) = op {
                tokens.push((start, Token::Op(op)));
                i += 2;
                continue;
            }
            let op = match c {
                '<' => "<",
                '>' => ">",
                '(' => "(",
                ')' => ")",
                '[' => "[",
                ']' => "]",
                ',' => ",",
                '!' => "not",
                '=' => return Err(ExprError { offset: start, problem: Problem::SingleEquals }),
                other => return Err(ExprError { offset: start, problem: Problem::NotAllowed(other) }),
            };
            tokens.push((start, Token::Op(op)));
            i += 1;
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    at: usize,
    end: usize,
    /// Parentheses and `not`s open around the part being read.
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at).map(|(_, t)| t)
    }
    fn offset(&self) -> usize {
        self.tokens.get(self.at).map(|(o, _)| *o).unwrap_or(self.end)
    }
    fn is_word(&self, word: &str) -> bool {
        match self.peek() {
            Some(Token::Name(n)) => n == word,
            Some(Token::Op(op)) => *op == word,
            _ => false,
        }
    }
    fn expect(&mut self, op: &'static str) -> Result<(), ExprError> {
        if self.is_word(op) {
            self.at += 1;
            Ok(())
        } else {
            let found = self.peek().map(Token::describe).unwrap_or_else(|| "the end".into());
            Err(ExprError { offset: self.offset(), problem: Problem::Expected(op, found) })
        }
    }

    fn or(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.and()?;
        while self.is_word("or") {
            self.at += 1;
            let right = self.condition(Self::and)?;
            left = Expr::Or(Box::new(self.as_condition(left)?), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.not()?;
        while self.is_word("and") {
            self.at += 1;
            let right = self.condition(Self::not)?;
            left = Expr::And(Box::new(self.as_condition(left)?), Box::new(right));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, ExprError> {
        if self.is_word("not") {
            let offset = self.offset();
            self.at += 1;
            let inner = self.nested(offset, |p| p.condition(Self::not))?;
            return Ok(Expr::Not(Box::new(inner)));
        }
        self.comparison()
    }

    /// Reads a part one level deeper, refusing more than [`MAX_NESTING`] levels.
    fn nested(&mut self, offset: usize, read: impl FnOnce(&mut Self) -> Result<Expr, ExprError>) -> Result<Expr, ExprError> {
        if self.depth >= MAX_NESTING {
            return Err(ExprError { offset, problem: Problem::TooDeep });
        }
        self.depth += 1;
        let expr = read(self);
        self.depth -= 1;
        expr
    }

    /// Parses with `next` and insists the result is a condition, naming where it is not.
    fn condition(&mut self, next: fn(&mut Self) -> Result<Expr, ExprError>) -> Result<Expr, ExprError> {
        let offset = self.offset();
        let expr = next(self)?;
        if expr.is_condition() {
            Ok(expr)
        } else {
            Err(ExprError { offset, problem: Problem::ConditionExpected })
        }
    }

    fn as_condition(&self, expr: Expr) -> Result<Expr, ExprError> {
        if expr.is_condition() {
            Ok(expr)
        } else {
            Err(ExprError { offset: 0, problem: Problem::ConditionBeforeAndOr })
        }
    }

    fn comparison(&mut self) -> Result<Expr, ExprError> {
        let left = self.primary()?;
        let op = match self.peek() {
            Some(Token::Op("==")) => Comparison::Equal,
            Some(Token::Op("!=")) => Comparison::NotEqual,
            Some(Token::Op("<")) => Comparison::Less,
            Some(Token::Op("<=")) => Comparison::LessOrEqual,
            Some(Token::Op(">")) => Comparison::Greater,
            Some(Token::Op(">=")) => Comparison::GreaterOrEqual,
            Some(Token::Name(n)) if n == "in" => {
                self.at += 1;
                let right = self.primary()?;
                return Ok(Expr::In(Box::new(left), Box::new(right)));
            }
            _ => return Ok(left),
        };
        self.at += 1;
        let offset = self.offset();
        let right = self.primary()?;
        if right.is_condition() && !matches!(right, Expr::Bool(_)) {
            return Err(ExprError { offset, problem: Problem::ComparisonOfConditions });
        }
        Ok(Expr::Compare(op, Box::new(left), Box::new(right)))
    }

    fn primary(&mut self) -> Result<Expr, ExprError> {
        let offset = self.offset();
        let Some((_, token)) = self.tokens.get(self.at).cloned() else {
            return Err(ExprError { offset, problem: Problem::EndsTooEarly });
        };
        self.at += 1;
        match token {
            Token::Text(t) => Ok(Expr::Text(t)),
            Token::Number(n) => Ok(Expr::Number(n)),
            Token::Op("(") => {
                let inner = self.nested(offset, Self::or)?;
                self.expect(")")?;
                Ok(inner)
            }
            Token::Op("[") => {
                let mut items = Vec::new();
                while !self.is_word("]") {
                    let item_offset = self.offset();
                    match self.primary()? {
                        item @ (Expr::Text(_) | Expr::Number(_)) => items.push(item),
                        _ => return Err(ExprError { offset: item_offset, problem: Problem::ListOfValues }),
                    }
                    if !self.is_word("]") {
                        self.expect(",")?;
                    }
                }
                self.at += 1;
                Ok(Expr::List(items))
            }
            Token::Name(name) => match name.as_str() {
                "true" => Ok(Expr::Bool(true)),
                "false" => Ok(Expr::Bool(false)),
                "and" | "or" | "in" | "not" => Err(ExprError { offset, problem: Problem::CannotStartValue(name.clone()) }),
                "answered" => {
                    self.expect("(")?;
                    let id_offset = self.offset();
                    let id = match self.tokens.get(self.at) {
                        Some((_, Token::Name(id))) => id.clone(),
                        _ => return Err(ExprError { offset: id_offset, problem: Problem::AnsweredNeedsId }),
                    };
                    self.at += 1;
                    self.expect(")")?;
                    Ok(Expr::Answered(id))
                }
                _ if self.is_word("(") => Err(ExprError { offset, problem: Problem::UnknownFunction(name.clone()) }),
                _ => Ok(Expr::Answer(name)),
            },
            Token::Op(op) => Err(ExprError { offset, problem: Problem::Unexpected(format!("`{op}`")) }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Fake(HashMap<&'static str, Value>);
    impl Answers for Fake {
        fn value(&self, id: &str) -> Value {
            self.0.get(id).cloned().unwrap_or(Value::Missing)
        }
    }

    fn answers() -> Fake {
        Fake(HashMap::from([
            ("has_children", Value::Text("yes".into())),
            ("age", Value::Text("17".into())),
            ("salary", Value::Text("32 000,50".into())),
            ("purpose", Value::Text("family".into())),
            ("languages", Value::List(vec!["sv".into(), "ar".into()])),
            ("arrival", Value::Text("2027-01-10".into())),
            ("empty", Value::Text("  ".into())),
        ]))
    }

    fn check(source: &str, expected: bool) {
        let expr = Expr::parse(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        assert_eq!(expr.holds(&answers()), expected, "{source}");
    }

    #[test]
    fn conditions_over_answers() {
        check(r#"has_children == "yes""#, true);
        check(r#"has_children != "yes""#, false);
        check("age >= 18", false);
        check("age < 18 and has_children == 'yes'", true);
        check("salary > 32000", true);
        check(r#"purpose in ["family", "friends"]"#, true);
        check(r#"purpose in ["work"]"#, false);
        check(r#""ar" in languages"#, true);
        check(r#"languages in ["fi", "sv"]"#, true);
        check("answered(age) and not answered(missing) and not answered(empty)", true);
        check(r#"arrival > "2026-12-31""#, true);
        check("not (age > 10 or false)", false);
        check(r#"has_children == "yes" || age > 100"#, true);
    }

    #[test]
    fn a_missing_answer_hides_rather_than_shows() {
        check(r#"missing == "yes""#, false);
        check("missing > 3", false);
        check(r#"missing != "yes""#, true);
        check(r#"missing in ["a"]"#, false);
    }

    #[test]
    fn names_every_question_it_reads() {
        let e = Expr::parse(r#"a == "x" and (answered(b) or c in ["1"])"#).unwrap();
        assert_eq!(e.questions_named(), vec!["a", "b", "c"]);
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases = [
            ("has_children", 0, "the expression is a value"),
            ("a = 1", 2, "use `==` to compare"),
            ("a == ", 5, "the expression ends too early"),
            (r#"a == "yes"#, 5, "text is not closed"),
            ("a == 1 and", 10, "the expression ends too early"),
            ("(a == 1", 7, "expected `)`"),
            ("a == 1 b", 7, "unexpected `b`"),
            ("len(a) > 2", 0, "not a known function"),
            ("a == 1 and b", 11, "expected a condition here"),
            ("a in [b]", 6, "a list holds only texts and numbers"),
            ("a ; b", 2, "`;` is not allowed"),
        ];
        for (source, offset, message) in cases {
            let error = Expr::parse(source).expect_err(source);
            assert_eq!(error.offset, offset, "{source}: {error}");
            assert!(error.to_string().contains(message), "{source}: {error}");
        }
    }
}
