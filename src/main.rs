//! `nutshell`: the command-line tool over the engine, for evaluation,
//! benchmarks and batch use. Its JSON is the contract of
//! `shared/CONTRACT.md`; see `nutshell --help`.
//!
//! Glue only: argument parsing, I/O and exit codes. Exit codes: 0 done
//! (in `--jsonl` mode also when some lines gave error lines), 1 the text
//! could not be analysed (empty, binary, too large), 2 bad usage (unknown
//! option, bad option value), 3 input unreadable.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use nutshell::engine::entities::features::LineStyle;
use nutshell::engine::entities::{Label, Mention};
use nutshell::engine::validate::MAX_CHARS;
use nutshell::engine::{report, Date, Error, Options, Report, Span, Unit};
use nutshell::extract::{self, Page};
use nutshell::file_kind::{FileKind, MAX_DOCUMENT_BYTES};
use nutshell::ui::file_text;
use serde::{Deserialize, Serialize};

const USAGE: &str = "\
nutshell: extractive summaries and key facts from news articles

USAGE:
    nutshell analyze [OPTIONS] FILE|-      analyse one text, print one JSON object (a .html
                                           file: its article; a .docx or .pdf: its text;
                                           read as the widget reads them)
    nutshell extract FILE|-                print {\"text\", \"title\", \"byline\", \"date\", \"source\"}:
                                           the text `analyze` would analyse (a .html file
                                           or standard input: the page's article; a .docx
                                           or .pdf: its text, title, author and date)
    nutshell analyze --jsonl [OPTIONS]     read JSON lines {\"id\", \"text\", \"date\"?}
                                           from stdin, print one JSON object per line
    nutshell train-ner TRAIN.jsonl OUT     train the entity tagger on CoNLL-style JSON lines
                                           {\"text\", \"entities\": [{\"start\", \"end\", \"label\"}]}
                                           (char offsets) and write its model to OUT
    nutshell entity-evidence [--language xx] TEXTS.jsonl
                                           per line {\"text\"}, print {\"names\", \"evidence\"}: the
                                           evidence behind each entity's confidence, in the
                                           order of `analyze`'s entities (tools/eval/fit_confidence.py);
                                           --language as for `analyze`
    nutshell standalone                    read JSON lines {\"text\", \"summaries\": [[sentence, ...], ...]}
                                           (indexes into `analyze`'s sentences) from stdin, print per line
                                           {\"violations\": [[{\"sentence\", \"check\"}, ...], ...]}: where each
                                           summary fails the stand-alone checks (tools/eval/eval_summary.py)
    nutshell --ner-model MODEL COMMAND ... run COMMAND with the tagger model MODEL (as train-ner
                                           writes it) instead of the built-in one

OPTIONS:
    --sentences N      summary length in sentences
    --ratio R          summary length as a share of the sentences (0 < R <= 1)
    --words N          summary length as a budget of words
    --keypoints        also give the summary as key points (\"keypoints\": short bullets,
                       each a summary sentence compressed); the length options apply
    --date YYYY-MM-DD  the article's date (wins over a date line in the text)
    --language xx      the text's language (ISO 639-1), instead of detecting it
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
    /// The input is longer than any text the engine accepts; found before
    /// reading all of it.
    TooLarge,
}

/// The most bytes of one text read: [`MAX_CHARS`] chars of four bytes each.
/// Reading stops there, so a 2 GB file is refused after 4 MB, not after
/// being read whole.
const MAX_TEXT_BYTES: usize = 4 * MAX_CHARS;

/// The most bytes of one `--jsonl` line read: a text of [`MAX_CHARS`]
/// chars each escaped as `\uXXXX` (six bytes), with room for the id.
const MAX_LINE_BYTES: usize = 6 * MAX_CHARS + 64 * 1024;

fn too_large_message() -> String {
    format!("the input is over {MAX_TEXT_BYTES} bytes; at most {MAX_CHARS} characters can be analysed at once")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Analysis(Error::InvalidOption(message))) => {
            eprintln!("nutshell: invalid option: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Analysis(error)) => {
            eprintln!("nutshell: {error}");
            ExitCode::from(1)
        }
        Err(Failure::TooLarge) => {
            eprintln!("nutshell: {}", too_large_message());
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
        Some("--ner-model") => {
            let Some(path) = args.get(1) else {
                return Err(Failure::Usage("--ner-model needs a file".into()));
            };
            let bytes = std::fs::read(path)
                .with_context(|| format!("cannot read '{path}'"))
                .map_err(Failure::Unreadable)?;
            nutshell::engine::entities::use_model(&bytes)
                .map_err(|e| Failure::Unreadable(anyhow::anyhow!("'{path}': {e}")))?;
            run(&args[2..])
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
        Some("extract") => extract_one(&args[1..]),
        Some("train-ner") => train_ner(&args[1..]),
        Some("entity-evidence") => entity_evidence(&args[1..]),
        Some("standalone") if args.len() == 1 => standalone().map_err(Failure::Unreadable),
        Some("standalone") => Err(Failure::Usage("standalone reads stdin only".into())),
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
            "--keypoints" => command.options.keypoints = true,
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
            "--language" => {
                let v = value("--language")?;
                command.options.language =
                    Some(nutshell::engine::iso_639_1(v).with_context(|| {
                        format!("--language takes an ISO 639-1 code such as 'en', not '{v}'")
                    })?);
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
    let text = match FileKind::of(input, "") {
        Some(kind) if input != "-" && kind != FileKind::Text => read_article(input, kind)?.text,
        _ => read_text(input)?,
    };
    let mut report = report(&text, &command.options, Unit::Char).map_err(Failure::Analysis)?;
    if input != "-" {
        report.analysis.meta.source = file_name(input);
    }
    write_json(&report, command.pretty).map_err(Failure::Unreadable)
}

/// `extract FILE|-`: what `analyze` (and the widget) would analyse of
/// the file, and the metadata found. Standard input is read as a page.
fn extract_one(args: &[String]) -> Result<(), Failure> {
    #[derive(Serialize)]
    struct Extracted {
        text: String,
        title: Option<String>,
        byline: Option<String>,
        date: Option<String>,
        source: Option<String>,
    }
    let [input] = args else {
        return Err(Failure::Usage("extract takes one FILE (or -)".into()));
    };
    let source = (input != "-").then(|| file_name(input)).flatten();
    let page = match FileKind::of(input, "") {
        _ if input == "-" => read_article(input, FileKind::Page)?,
        Some(kind) if kind != FileKind::Text => read_article(input, kind)?,
        _ => Page {
            text: read_text(input)?,
            ..Page::default()
        },
    };
    let out = Extracted {
        text: page.text,
        title: page.metadata.title,
        byline: page.metadata.byline,
        date: page.metadata.date,
        source,
    };
    write_json(&out, false).map_err(Failure::Unreadable)
}

/// The article in `input`, a web page or a document (`kind`), read as
/// the widget reads it.
fn read_article(input: &str, kind: FileKind) -> Result<Page, Failure> {
    if !kind.is_document() {
        return Ok(extract::read_page(&read_text(input)?));
    }
    let bytes = read_input(input, MAX_DOCUMENT_BYTES).map_err(Failure::Unreadable)?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Failure::Unreadable(anyhow::anyhow!(
            "'{input}' is over {} MB, larger than any document read here",
            MAX_DOCUMENT_BYTES >> 20
        )));
    }
    extract::read_document(kind, &bytes)
        .map_err(|message| Failure::Unreadable(anyhow::anyhow!("'{input}': {message}")))
}

/// The name of the file at `path`, for `meta.source`.
fn file_name(path: &str) -> Option<String> {
    std::path::Path::new(path)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
}

/// The text of `input` (a path or `-`), decoded as the widget decodes a
/// dropped file.
fn read_text(input: &str) -> Result<String, Failure> {
    let bytes = read_input(input, MAX_TEXT_BYTES).map_err(Failure::Unreadable)?;
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(Failure::TooLarge);
    }
    // Read as the widget reads a dropped file: UTF-8, UTF-16 with its byte
    // order mark, else Windows-1252 (Latin-1), saying so, never silently
    // turning a legacy encoding's letters into U+FFFD (issue 11).
    let Some((text, encoding)) = file_text::decode(&bytes) else {
        return Err(Failure::Analysis(Error::Binary {
            reason: "its bytes are no text in UTF-8, UTF-16 or Windows-1252",
        }));
    };
    if let Some(remark) = encoding.remark() {
        eprintln!("nutshell: {input} {remark}");
    }
    Ok(text)
}

/// The bytes of `input` (a path, or `-` for standard input), at most one
/// more than `max`, so the caller can tell a file too large without
/// reading it whole.
fn read_input(input: &str, max: usize) -> Result<Vec<u8>> {
    let limit = max as u64 + 1;
    let mut bytes = Vec::new();
    if input == "-" {
        io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
    } else {
        std::fs::File::open(input)
            .and_then(|file| file.take(limit).read_to_end(&mut bytes))
            .with_context(|| format!("cannot read '{input}'"))?;
    }
    Ok(bytes)
}

/// One line of `--jsonl` input.
#[derive(Deserialize)]
struct LineIn {
    id: serde_json::Value,
    text: String,
    date: Option<String>,
    /// Where the text came from (a URL or file name), for `meta.source`.
    source: Option<String>,
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
    Analysis(Box<Report>),
    Error { error: ErrorOut },
}

impl LineResult {
    fn error(code: &'static str, message: String) -> LineResult {
        LineResult::Error {
            error: ErrorOut { code, message },
        }
    }
}

#[derive(Serialize)]
struct ErrorOut {
    code: &'static str,
    message: String,
}

/// Analyse every line of standard input. A line that cannot be analysed,
/// is not JSON of that shape, or is too long gives an `{"id", "error"}`
/// line (`id` null where it cannot be read), so one bad line never stops a
/// batch; only a failure to read or write stops it.
fn analyze_lines(command: &Command) -> Result<()> {
    let mut stdin = io::stdin().lock();
    let mut buffer = Vec::new();
    let mut number = 0;
    while let Some(line) =
        read_line(&mut stdin, &mut buffer).context("cannot read standard input")?
    {
        number += 1;
        let (id, result) = match line {
            Line::TooLong => (
                serde_json::Value::Null,
                LineResult::error("too_large", too_large_message()),
            ),
            Line::Read => {
                let text = String::from_utf8_lossy(&buffer);
                if text.trim().is_empty() {
                    continue;
                }
                let json =
                    serde_json::from_str::<serde_json::Value>(&without_lone_surrogates(&text));
                // The id, where the line has one, even when the rest is wrong.
                let id = json.as_ref().ok().and_then(|v| v.get("id")).cloned();
                match json.and_then(serde_json::from_value::<LineIn>) {
                    Ok(input) => {
                        let result = line_result(&input, &command.options);
                        (input.id, result)
                    }
                    Err(e) => (
                        id.unwrap_or_default(),
                        LineResult::error(
                            "invalid_input",
                            format!("not a JSON object with \"id\" and \"text\": {e}"),
                        ),
                    ),
                }
            }
        };
        if let LineResult::Error { error } = &result {
            eprintln!("nutshell: line {number} ({id}): {}", error.message);
        }
        write_json(&LineOut { id: &id, result }, command.pretty)?;
    }
    Ok(())
}

/// What [`read_line`] found.
enum Line {
    /// A line, now in the buffer without its newline.
    Read,
    /// A line longer than [`MAX_LINE_BYTES`], skipped to its end.
    TooLong,
}

/// Read the next line of `reader` into `buffer`, keeping at most
/// [`MAX_LINE_BYTES`] of it: a longer line is read to its end but not kept.
/// `None` at the end of the input.
fn read_line(reader: &mut impl BufRead, buffer: &mut Vec<u8>) -> io::Result<Option<Line>> {
    buffer.clear();
    let (mut seen, mut too_long) = (false, false);
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            break;
        }
        seen = true;
        let newline = available.iter().position(|&b| b == b'\n');
        let chunk = &available[..newline.unwrap_or(available.len())];
        if buffer.len() + chunk.len() > MAX_LINE_BYTES {
            too_long = true;
            buffer.clear();
        } else if !too_long {
            buffer.extend_from_slice(chunk);
        }
        let used = newline.map_or(available.len(), |at| at + 1);
        reader.consume(used);
        if newline.is_some() {
            break;
        }
    }
    Ok(seen.then_some(if too_long { Line::TooLong } else { Line::Read }))
}

/// `json` with every `\uXXXX` escape of a lone surrogate (one without its
/// pair) written as U+FFFD's escape. JavaScript's `JSON.stringify` writes
/// lone surrogates that way (ES2019 well-formed stringify), and serde_json
/// refuses them; the CLI replaces undecodable bytes of a file the same way.
fn without_lone_surrogates(json: &str) -> std::borrow::Cow<'_, str> {
    let surrogate_at = |at: usize| -> Option<u16> {
        let hex = json.get(at + 2..at + 6)?;
        if !json[at..].starts_with("\\u") {
            return None;
        }
        u16::from_str_radix(hex, 16)
            .ok()
            .filter(|u| (0xD800..0xE000).contains(u))
    };
    if !json.contains("\\u") {
        return json.into();
    }
    let bytes = json.as_bytes();
    let mut out = String::with_capacity(json.len());
    let (mut copied, mut at) = (0, 0);
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            at += 1;
            continue;
        }
        let Some(unit) = surrogate_at(at) else {
            at += 2; // an escaped character, "\\" among them
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&unit)
            && surrogate_at(at + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            at += 12;
        } else {
            out.push_str(&json[copied..at]);
            out.push_str("\\uFFFD");
            at += 6;
            copied = at;
        }
    }
    out.push_str(&json[copied..]);
    out.into()
}

fn line_result(input: &LineIn, options: &Options) -> LineResult {
    let date = match input.date.as_deref().map(|d| (d, Date::parse_iso(d))) {
        Some((d, None)) => {
            return LineResult::error(
                "invalid_option",
                format!("date must be YYYY-MM-DD, not '{d}'"),
            )
        }
        Some((_, date)) => date,
        None => options.date,
    };
    match report(&input.text, &Options { date, ..*options }, Unit::Char) {
        Ok(mut report) => {
            report.analysis.meta.source.clone_from(&input.source);
            LineResult::Analysis(Box::new(report))
        }
        Err(error) => LineResult::error(error.code(), error.to_string()),
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
    // 16 passes: with the in-domain documents of tools/eval/ner_training_set.py
    // in the data, 8 passes lost 0.007 F1 on CoNLL-2003 dev, 16 lose 0.003
    // (5, 12 and 24 passes did worse).
    let epochs: usize = 16;
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
                    margin: 0.0,
                    line: LineStyle::Prose,
                })
            })
            .collect();
        examples.push((parsed.text, gold));
    }
    let model = nutshell::engine::entities::train(&examples, BITS, epochs);
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

/// `entity-evidence TEXTS.jsonl`: what each entity's confidence is
/// computed from, for fitting its weights.
fn entity_evidence(args: &[String]) -> Result<(), Failure> {
    use nutshell::engine::entities::confidence::{evidence, EVIDENCE_NAMES};
    #[derive(Deserialize)]
    struct Line {
        text: String,
    }
    #[derive(Serialize)]
    struct Out<'a> {
        names: &'a [&'a str],
        evidence: Vec<[f32; EVIDENCE_NAMES.len()]>,
    }
    let mut options = Options::default();
    let input = match args {
        [input] => input,
        [flag, code, input] if flag == "--language" => {
            options.language = Some(nutshell::engine::iso_639_1(code).ok_or_else(|| {
                Failure::Usage(format!(
                    "--language takes an ISO 639-1 code such as 'en', not '{code}'"
                ))
            })?);
            input
        }
        _ => {
            return Err(Failure::Usage(
                "entity-evidence takes [--language xx] TEXTS.jsonl".into(),
            ))
        }
    };
    let data = std::fs::read_to_string(input)
        .with_context(|| format!("cannot read '{input}'"))
        .map_err(Failure::Unreadable)?;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let parsed: Line = serde_json::from_str(line)
            .with_context(|| format!("{input}: a line without \"text\""))
            .map_err(Failure::Unreadable)?;
        let doc =
            nutshell::engine::Document::parse(&parsed.text, &options).map_err(Failure::Analysis)?;
        let starts: Vec<usize> = doc.sentences.iter().map(|s| s.span.start).collect();
        let out = Out {
            names: &EVIDENCE_NAMES,
            evidence: {
                let mentions: Vec<_> = doc.entities.iter().map(|e| e.mention).collect();
                let names: Vec<String> = doc.entities.iter().map(|e| e.name.clone()).collect();
                evidence(doc.text, &mentions, &names, &starts)
            },
        };
        write_json(&out, false).map_err(Failure::Unreadable)?;
    }
    Ok(())
}

/// The stand-alone checks over any method's summaries of a text: the
/// evaluation counts the violations of Nutshell's, Lead's and sumy's picks
/// with the engine's own checks (`summary::standalone`). A text that
/// cannot be analysed gives `{"error": ...}` and the run goes on.
fn standalone() -> Result<()> {
    use nutshell::engine::standalone::{violations, Check};
    #[derive(Deserialize)]
    struct Line {
        text: String,
        summaries: Vec<Vec<usize>>,
    }
    #[derive(Serialize)]
    struct Violation {
        sentence: usize,
        check: Check,
    }
    for (n, line) in io::stdin().lock().lines().enumerate() {
        let line = line.context("cannot read stdin")?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = serde_json::from_str(&line)
            .with_context(|| format!("line {}: not {{\"text\", \"summaries\"}}", n + 1))?;
        match nutshell::engine::Document::parse(&parsed.text, &Options::default()) {
            Ok(doc) => {
                let found: Vec<Vec<Violation>> = parsed
                    .summaries
                    .iter()
                    .map(|chosen| {
                        violations(&doc, chosen)
                            .into_iter()
                            .map(|(sentence, check)| Violation { sentence, check })
                            .collect()
                    })
                    .collect();
                write_json(&serde_json::json!({ "violations": found }), false)?;
            }
            Err(error) => write_json(&serde_json::json!({ "error": error.to_string() }), false)?,
        }
    }
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
