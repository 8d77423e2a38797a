//! `nutshell`: the command-line tool over the engine, for evaluation,
//! benchmarks and batch use. Its JSON is the contract of
//! `shared/CONTRACT.md`; see `nutshell --help`.
//!
//! Glue only: argument parsing, I/O and exit codes. Exit codes: 0 done,
//! 1 the text could not be analysed, 2 bad usage, 3 input unreadable.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use nutshell::engine::entities::{Label, Mention};
use nutshell::engine::{analyze, Analysis, Date, Error, Options, Span};
use serde::{Deserialize, Serialize};

const USAGE: &str = "\
nutshell: extractive summaries and key facts from news articles

USAGE:
    nutshell analyze [OPTIONS] FILE|-      analyse one text, print one JSON object
    nutshell analyze --jsonl [OPTIONS]     read JSON lines {\"id\", \"text\", \"date\"?}
                                           from stdin, print one JSON object per line
    nutshell train-ner TRAIN.jsonl OUT     train the entity tagger on CoNLL-style JSON lines
                                           {\"text\", \"entities\": [{\"start\", \"end\", \"label\"}]}
                                           (char offsets) and write its model to OUT

OPTIONS:
    --sentences N      summary length in sentences
    --ratio R          summary length as a share of the sentences (0 < R <= 1)
    --words N          summary length as a budget of words
    --date YYYY-MM-DD  the article's date (wins over a date line in the text)
    --pretty           indent the JSON
    -h, --help         this help
    -V, --version      the version
";

/// What the command line asked for.
struct Command {
    options: Options,
    jsonl: bool,
    pretty: bool,
    input: Option<String>,
}

/// A failure with the exit code it maps to.
enum Failure {
    Usage(String),
    Unreadable(anyhow::Error),
    Analysis(Error),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Analysis(error)) => {
            eprintln!("nutshell: {error}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("nutshell: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Unreadable(error)) => {
            eprintln!("nutshell: {error:#}");
            ExitCode::from(3)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    match args.first().map(String::as_str) {
        Some("-h" | "--help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("nutshell {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("analyze") => {
            let command = parse(&args[1..]).map_err(|e| Failure::Usage(format!("{e:#}")))?;
            command.options.check().map_err(Failure::Analysis)?;
            if command.jsonl {
                analyze_lines(&command).map_err(Failure::Unreadable)
            } else {
                analyze_one(&command)
            }
        }
        Some("train-ner") => train_ner(&args[1..]),
        Some(other) => Err(Failure::Usage(format!("unknown command '{other}'"))),
    }
}

fn parse(args: &[String]) -> Result<Command> {
    let mut command = Command {
        options: Options::default(),
        jsonl: false,
        pretty: false,
        input: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--jsonl" => command.jsonl = true,
            "--pretty" => command.pretty = true,
            "--sentences" => {
                let v = value("--sentences")?;
                command.options.sentences = Some(
                    v.parse()
                        .with_context(|| format!("--sentences takes a whole number, not '{v}'"))?,
                );
            }
            "--ratio" => {
                let v = value("--ratio")?;
                command.options.ratio = Some(
                    v.parse()
                        .with_context(|| format!("--ratio takes a number, not '{v}'"))?,
                );
            }
            "--words" => {
                let v = value("--words")?;
                command.options.words = Some(
                    v.parse()
                        .with_context(|| format!("--words takes a whole number, not '{v}'"))?,
                );
            }
            "--date" => {
                let v = value("--date")?;
                command.options.date = Some(
                    Date::parse_iso(v)
                        .with_context(|| format!("--date takes YYYY-MM-DD, not '{v}'"))?,
                );
            }
            "-" => command.input = Some(arg.clone()),
            flag if flag.starts_with('-') => bail!("unknown option '{flag}'"),
            path => {
                if command.input.is_some() {
                    bail!("give one FILE (or -), not several");
                }
                command.input = Some(path.to_string());
            }
        }
    }
    match (&command.input, command.jsonl) {
        (None, false) => bail!("give a FILE to analyse, or - for standard input"),
        (Some(_), true) => bail!("--jsonl reads standard input; give no FILE"),
        _ => Ok(command),
    }
}

fn analyze_one(command: &Command) -> Result<(), Failure> {
    let input = command.input.as_deref().unwrap_or("-");
    let bytes = read_input(input).map_err(Failure::Unreadable)?;
    let text = String::from_utf8_lossy(&bytes);
    let analysis = analyze(&text, &command.options).map_err(Failure::Analysis)?;
    write_json(&analysis, command.pretty).map_err(Failure::Unreadable)
}

fn read_input(input: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if input == "-" {
        io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
    } else {
        bytes = std::fs::read(input).with_context(|| format!("cannot read '{input}'"))?;
    }
    Ok(bytes)
}

/// One line of `--jsonl` input.
#[derive(Deserialize)]
struct LineIn {
    id: serde_json::Value,
    text: String,
    date: Option<String>,
}

/// One line of `--jsonl` output: the input's id, then the analysis or the
/// error that prevented it.
#[derive(Serialize)]
struct LineOut<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    result: LineResult,
}

#[derive(Serialize)]
#[serde(untagged)]
enum LineResult {
    Analysis(Box<Analysis>),
    Error { error: ErrorOut },
}

#[derive(Serialize)]
struct ErrorOut {
    code: &'static str,
    message: String,
}

/// Analyse every line of standard input. A line that cannot be analysed
/// gives an `{"id", "error"}` line, so one bad document never stops a batch.
fn analyze_lines(command: &Command) -> Result<()> {
    let stdin = io::stdin();
    for (number, line) in stdin.lock().lines().enumerate() {
        let line = line.context("cannot read standard input")?;
        if line.trim().is_empty() {
            continue;
        }
        let input: LineIn = serde_json::from_str(&line).with_context(|| {
            format!(
                "line {}: not a JSON object with \"id\" and \"text\"",
                number + 1
            )
        })?;
        let result = line_result(&input, &command.options);
        if let LineResult::Error { error } = &result {
            eprintln!(
                "nutshell: line {} ({}): {}",
                number + 1,
                input.id,
                error.message
            );
        }
        write_json(
            &LineOut {
                id: &input.id,
                result,
            },
            command.pretty,
        )?;
    }
    Ok(())
}

fn line_result(input: &LineIn, options: &Options) -> LineResult {
    let date = match input.date.as_deref().map(|d| (d, Date::parse_iso(d))) {
        Some((d, None)) => {
            return LineResult::Error {
                error: ErrorOut {
                    code: "invalid_option",
                    message: format!("date must be YYYY-MM-DD, not '{d}'"),
                },
            }
        }
        Some((_, date)) => date,
        None => options.date,
    };
    match analyze(&input.text, &Options { date, ..*options }) {
        Ok(analysis) => LineResult::Analysis(Box::new(analysis)),
        Err(error) => LineResult::Error {
            error: ErrorOut {
                code: error.code(),
                message: error.to_string(),
            },
        },
    }
}

/// One line of entity training data.
#[derive(Deserialize)]
struct NerLine {
    text: String,
    entities: Vec<NerSpan>,
}

#[derive(Deserialize)]
struct NerSpan {
    start: usize,
    end: usize,
    label: String,
}

/// `train-ner TRAIN.jsonl OUT`: train the tagger and write its model.
fn train_ner(args: &[String]) -> Result<(), Failure> {
    const BITS: u8 = 17;
    const EPOCHS: usize = 8;
    let [train, out] = args else {
        return Err(Failure::Usage("train-ner takes TRAIN.jsonl and OUT".into()));
    };
    let data = std::fs::read_to_string(train)
        .with_context(|| format!("cannot read '{train}'"))
        .map_err(Failure::Unreadable)?;
    let mut examples = Vec::new();
    for (number, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let parsed: NerLine = serde_json::from_str(line)
            .with_context(|| {
                format!(
                    "{train}:{}: not a JSON object with \"text\" and \"entities\"",
                    number + 1
                )
            })
            .map_err(Failure::Unreadable)?;
        // Char offsets (the data's) to byte offsets (the engine's).
        let bytes: Vec<usize> = parsed
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([parsed.text.len()])
            .collect();
        let gold = parsed
            .entities
            .iter()
            .filter_map(|e| {
                let label = Label::parse(&e.label)?;
                Some(Mention {
                    span: Span::new(*bytes.get(e.start)?, *bytes.get(e.end)?),
                    label,
                })
            })
            .collect();
        examples.push((parsed.text, gold));
    }
    let model = nutshell::engine::entities::train(&examples, BITS, EPOCHS);
    std::fs::write(out, &model)
        .with_context(|| format!("cannot write '{out}'"))
        .map_err(Failure::Unreadable)?;
    eprintln!(
        "nutshell: trained on {} sentences, wrote {} bytes to {out}",
        examples.len(),
        model.len()
    );
    Ok(())
}

fn write_json<T: Serialize>(value: &T, pretty: bool) -> Result<()> {
    let mut out = io::stdout().lock();
    if pretty {
        serde_json::to_writer_pretty(&mut out, value)?;
    } else {
        serde_json::to_writer(&mut out, value)?;
    }
    writeln!(out)?;
    Ok(())
}
