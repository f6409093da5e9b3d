//! `lagebild segment`: sentences and tokens of articles; `--eval-conllu`
//! scores the segmenter against UD CoNLL-U treebanks.

use anyhow::{bail, Context, Result};
use lagebild_core::{Analysis, Document, Stage};
use lagebild_segment::eval::{evaluate, read_conllu, Prf, Scores};
use lagebild_segment::Segmenter;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files (`-` for stdin), or CoNLL-U files with `--eval-conllu`.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print one token per line: byte start, byte end, kind, text; a blank
    /// line after each sentence.
    #[arg(long)]
    tokens: bool,
    /// Print the paired quotation marks (byte offsets) after the sentences.
    #[arg(long)]
    quotes: bool,
    /// Treat the files as UD CoNLL-U, rebuild their text, segment it and print
    /// sentence-boundary and token precision, recall and F1.
    #[arg(long)]
    eval_conllu: bool,
    /// With `--eval-conllu`: print up to N examples of each kind of error.
    #[arg(long, default_value_t = 0)]
    errors: usize,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if args.eval_conllu {
        return eval(&args);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let seg = Segmenter::new();
    let mut failed = false;
    for path in &args.files {
        let bytes = if path.as_os_str() == "-" {
            let mut b = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut b)
                .context("<stdin>: cannot read")?;
            b
        } else {
            match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("lagebild: {}: cannot read: {e}", path.display());
                    failed = true;
                    continue;
                }
            }
        };
        let doc = match Document::from_bytes(bytes, Some(path)) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("lagebild: {e}");
                failed = true;
                continue;
            }
        };
        let mut a = Analysis::new(doc);
        seg.run(&mut a)?;
        let text = &a.doc.text;
        for s in &a.sentences {
            if args.tokens {
                for t in &a.tokens[s.tokens.clone()] {
                    writeln!(
                        out,
                        "{}\t{}\t{:?}\t{}",
                        t.span.start,
                        t.span.end,
                        t.kind,
                        t.span.of(text)
                    )?;
                }
                writeln!(out)?;
            } else {
                let line: String = s
                    .span
                    .of(text)
                    .chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                    .collect();
                writeln!(out, "{line}")?;
            }
        }
        if args.quotes {
            for q in &a.quote_marks {
                let close = q.close.map_or("-".to_string(), |c| c.start.to_string());
                writeln!(
                    out,
                    "quote\t{}\t{}\tdepth {}\t{}",
                    q.open.start,
                    close,
                    q.depth,
                    q.inner.of(text).replace('\n', " ")
                )?;
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn fmt_prf(name: &str, p: &Prf) -> String {
    format!(
        "{name:<24} P {:.4}  R {:.4}  F1 {:.4}  (tp {}, fp {}, fn {})",
        p.precision(),
        p.recall(),
        p.f1(),
        p.tp,
        p.fp,
        p.fn_
    )
}

fn eval(args: &Args) -> Result<ExitCode> {
    let mut total = Scores::default();
    for path in &args.files {
        let src = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        let gold = read_conllu(&src);
        if gold.sentences.is_empty() {
            bail!("{}: no `# text =` lines; not CoNLL-U?", path.display());
        }
        let s = evaluate(&gold, args.errors);
        println!(
            "{}: {} sentences, {} tokens ({} not aligned to the text)",
            path.display(),
            s.sentences,
            s.gold_tokens,
            s.unaligned
        );
        println!("  {}", fmt_prf("sentence boundaries", &s.boundaries));
        println!("  {}", fmt_prf("tokens", &s.tokens));
        println!("  {}", fmt_prf("tokens (UD hyphens)", &s.tokens_ud));
        for (kind, e) in &s.errors {
            println!("    {kind}: {e}");
        }
        total.add(&s);
    }
    if args.files.len() > 1 {
        println!(
            "all files: {} sentences, {} tokens",
            total.sentences, total.gold_tokens
        );
        println!("  {}", fmt_prf("sentence boundaries", &total.boundaries));
        println!("  {}", fmt_prf("tokens", &total.tokens));
        println!("  {}", fmt_prf("tokens (UD hyphens)", &total.tokens_ud));
    }
    Ok(ExitCode::SUCCESS)
}
