//! Clock times: `10:30 am`, `14:00 PKT`, `10 a.m.`, `0930 GMT`, `noon`, `midnight`.

use crate::lexicon::{is_word, Lex};
use crate::token::{Case, Token};
use serde::{Deserialize, Serialize};

/// A time of day as written, with its zone when one is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeOfDay {
    /// 0-23.
    pub hour: u8,
    /// 0-59.
    pub minute: u8,
    /// A time-zone abbreviation as written (`PKT`, `GMT`), when given.
    pub zone: Option<String>,
}

impl TimeOfDay {
    /// Minutes since midnight.
    pub fn minutes(&self) -> u32 {
        u32::from(self.hour) * 60 + u32::from(self.minute)
    }

    /// `HH:MM`, followed by the zone when known.
    pub fn normalised(&self) -> String {
        match &self.zone {
            Some(z) => format!("{:02}:{:02} {z}", self.hour, self.minute),
            None => format!("{:02}:{:02}", self.hour, self.minute),
        }
    }
}

/// A time found at token `i`: the time and the index of the token after it.
pub(crate) fn time_at(text: &str, toks: &[Token], i: usize) -> Option<(TimeOfDay, usize)> {
    let t = toks.get(i)?;
    if t.is_word() {
        let Some(Lex::Clock(hour)) = t.lex else {
            return None;
        };
        let (zone, end) = zone_at(text, toks, i + 1);
        return Some((
            TimeOfDay {
                hour,
                minute: 0,
                zone,
            },
            end,
        ));
    }
    if !t.is_number() || t.digits > 4 {
        return None;
    }
    // H:MM or H.MM (the dot form only with am/pm after it).
    if t.digits <= 2 {
        let colon = toks.get(i + 1).filter(|c| t.touches(c));
        let minutes = toks.get(i + 2);
        if let (Some(sep), Some(mm)) = (colon, minutes) {
            let dot = sep.is_punct('.');
            if (sep.is_punct(':') || dot) && sep.touches(mm) && mm.is_number() && mm.digits == 2 {
                let (h, m) = (t.value, mm.value);
                let mut j = i + 3;
                // Seconds.
                if let (Some(c), Some(s)) = (toks.get(j), toks.get(j + 1)) {
                    if c.is_punct(':') && mm.touches(c) && c.touches(s) && s.is_number() {
                        j += 2;
                    }
                }
                if h <= 24 && m < 60 {
                    let ampm = ampm_at(text, toks, j);
                    if dot && ampm.is_none() {
                        return None;
                    }
                    let (hour, next) = match ampm {
                        Some((pm, next)) if (1..=12).contains(&h) => {
                            (apply_ampm(h as u8, pm), next)
                        }
                        Some(_) => return None,
                        None => ((h % 24) as u8, j),
                    };
                    let (zone, end) = zone_at(text, toks, next);
                    return Some((
                        TimeOfDay {
                            hour,
                            minute: m as u8,
                            zone,
                        },
                        end,
                    ));
                }
                return None;
            }
        }
        // H am / H o'clock.
        if (1..=12).contains(&t.value) {
            if let Some((pm, next)) = ampm_at(text, toks, i + 1) {
                let (zone, end) = zone_at(text, toks, next);
                return Some((
                    TimeOfDay {
                        hour: apply_ampm(t.value as u8, pm),
                        minute: 0,
                        zone,
                    },
                    end,
                ));
            }
            if let (Some(o), Some(q), Some(c)) = (toks.get(i + 1), toks.get(i + 2), toks.get(i + 3))
            {
                if is_word(o.text(text), "o")
                    && (q.is_punct('\'') || q.is_punct('’'))
                    && is_word(c.text(text), "clock")
                {
                    return Some((
                        TimeOfDay {
                            hour: t.value as u8,
                            minute: 0,
                            zone: None,
                        },
                        i + 4,
                    ));
                }
            }
        }
        return None;
    }
    // HHMM with a zone or `hrs`: military style.
    if t.digits == 4 {
        let (h, m) = (t.value / 100, t.value % 100);
        if h > 23 || m > 59 {
            return None;
        }
        let next = toks.get(i + 1)?;
        let zoned = next.lex == Some(Lex::Zone) && next.case == Case::Upper;
        let hrs = is_word(next.text(text), "hrs") || is_word(next.text(text), "hours");
        if hrs {
            // `1400 hours` but not `2000 hours of footage`.
            if let Some(after) = toks.get(i + 2) {
                if is_word(after.text(text), "of") {
                    return None;
                }
            }
            return Some((
                TimeOfDay {
                    hour: h as u8,
                    minute: m as u8,
                    zone: None,
                },
                i + 2,
            ));
        }
        if zoned {
            let (zone, end) = zone_at(text, toks, i + 1);
            return Some((
                TimeOfDay {
                    hour: h as u8,
                    minute: m as u8,
                    zone,
                },
                end,
            ));
        }
    }
    None
}

fn apply_ampm(h: u8, pm: bool) -> u8 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// `am`, `pm`, `a.m.`, `p.m.` at `i`: whether it is pm, and the index after it.
fn ampm_at(text: &str, toks: &[Token], i: usize) -> Option<(bool, usize)> {
    let t = toks.get(i)?;
    if !t.is_word() {
        return None;
    }
    let w = t.text(text);
    if is_word(w, "am") || is_word(w, "pm") {
        let pm = is_word(w, "pm");
        // Swallow a trailing full stop only in `a.m.` forms below.
        return Some((pm, i + 1));
    }
    if is_word(w, "a") || is_word(w, "p") {
        let dot = toks.get(i + 1)?;
        let m = toks.get(i + 2)?;
        if dot.is_punct('.') && t.touches(dot) && dot.touches(m) && is_word(m.text(text), "m") {
            let mut end = i + 3;
            if let Some(d2) = toks.get(i + 3) {
                if d2.is_punct('.') && m.touches(d2) {
                    end = i + 4;
                }
            }
            return Some((is_word(w, "p"), end));
        }
    }
    None
}

/// An optional zone at `i` (`PKT`, `(GMT)`, `GMT+5`): the zone and the index after it.
fn zone_at(text: &str, toks: &[Token], i: usize) -> (Option<String>, usize) {
    let Some(t) = toks.get(i) else {
        return (None, i);
    };
    let (paren, zi) = if t.is_punct('(') {
        (true, i + 1)
    } else {
        (false, i)
    };
    let Some(z) = toks.get(zi) else {
        return (None, i);
    };
    if z.lex != Some(Lex::Zone) || z.case != Case::Upper {
        return (None, i);
    }
    let mut end = zi + 1;
    let mut zone = z.text(text).to_string();
    // GMT+5, UTC+05:00
    if let (Some(sign), Some(n)) = (toks.get(end), toks.get(end + 1)) {
        if (sign.is_punct('+') || sign.is_punct('-'))
            && z.touches(sign)
            && sign.touches(n)
            && n.is_number()
        {
            zone.push_str(sign.text(text));
            zone.push_str(n.text(text));
            end += 2;
            if let (Some(c), Some(mm)) = (toks.get(end), toks.get(end + 1)) {
                if c.is_punct(':') && n.touches(c) && c.touches(mm) && mm.is_number() {
                    zone.push(':');
                    zone.push_str(mm.text(text));
                    end += 2;
                }
            }
        }
    }
    if paren {
        match toks.get(end) {
            Some(c) if c.is_punct(')') => end += 1,
            _ => return (None, i),
        }
    }
    (Some(zone), end)
}
