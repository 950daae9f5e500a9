//! Gazetteer records and the artifact codec (gzip'd TSV, one record a line).

use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// What kind of place a record or a resolved mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A populated place (GeoNames feature class P).
    City,
    /// A sovereign state or territory (GeoNames feature class A, code PCLI and kin).
    Country,
    /// A continent (GeoNames feature class L, code CONT).
    Continent,
    /// A sea or an ocean.
    Sea,
    /// A gulf or a bay.
    Gulf,
    /// A strait or a canal.
    Strait,
    /// A land region (North Africa, Sahel, Kashmir...).
    Region,
    /// A building or compound (Naval Headquarters, Prime Minister's House...).
    Facility,
}

impl PlaceKind {
    /// Lower-case name, as used in the artifact and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::Country => "country",
            PlaceKind::Continent => "continent",
            PlaceKind::Sea => "sea",
            PlaceKind::Gulf => "gulf",
            PlaceKind::Strait => "strait",
            PlaceKind::Region => "region",
            PlaceKind::Facility => "facility",
        }
    }

    /// Parses [`PlaceKind::as_str`] output.
    pub fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "city" => PlaceKind::City,
            "country" => PlaceKind::Country,
            "continent" => PlaceKind::Continent,
            "sea" => PlaceKind::Sea,
            "gulf" => PlaceKind::Gulf,
            "strait" => PlaceKind::Strait,
            "region" => PlaceKind::Region,
            "facility" => PlaceKind::Facility,
            _ => return None,
        })
    }

    /// True for seas, oceans, gulfs, bays, straits and canals.
    pub fn is_water(self) -> bool {
        matches!(self, PlaceKind::Sea | PlaceKind::Gulf | PlaceKind::Strait)
    }

    /// How precisely a place of this kind locates an event.
    pub fn precision(self) -> Precision {
        match self {
            PlaceKind::City => Precision::City,
            PlaceKind::Country => Precision::Country,
            PlaceKind::Continent => Precision::Continent,
            PlaceKind::Sea | PlaceKind::Gulf | PlaceKind::Strait | PlaceKind::Region => {
                Precision::Region
            }
            PlaceKind::Facility => Precision::Facility,
        }
    }
}

/// How precisely a resolved place locates something, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A building or compound.
    Facility,
    /// A city or town.
    City,
    /// A region, sea, gulf or strait.
    Region,
    /// A whole country.
    Country,
    /// A whole continent.
    Continent,
}

impl Precision {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Facility => "facility",
            Precision::City => "city",
            Precision::Region => "region",
            Precision::Country => "country",
            Precision::Continent => "continent",
        }
    }
}

/// Latitude and longitude in decimal degrees (WGS84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

impl Coordinates {
    /// Great-circle distance in kilometres.
    pub fn distance_km(&self, other: &Coordinates) -> f64 {
        let (la1, la2) = (self.lat.to_radians(), other.lat.to_radians());
        let dla = la2 - la1;
        let dlo = (other.lon - self.lon).to_radians();
        let a = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
        2.0 * 6371.0 * a.sqrt().min(1.0).asin()
    }
}

/// Where a record's coordinates come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoordinateSource {
    /// The GeoNames point of the place itself (cities, continents).
    Geonames,
    /// The GeoNames city of the country that is nearest to all its other cities (the medoid):
    /// a representative point inside the country, not a centroid.
    CountryMedoidCity,
    /// A rough hand-placed centroid (seas, gulfs, straits, regions).
    HandPlaced,
}

/// One gazetteer record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// What kind of place.
    pub kind: PlaceKind,
    /// GeoNames id (none for hand-written seas and regions).
    pub geonames_id: Option<u32>,
    /// Canonical name (GeoNames name; English for countries and regions).
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the country it is in (or is).
    pub country_code: Option<String>,
    /// GeoNames first-level administrative code (cities).
    pub admin1: Option<String>,
    /// Coordinates, when the gazetteer has them.
    pub coordinates: Option<Coordinates>,
    /// Where `coordinates` come from.
    pub coordinate_source: Option<CoordinateSource>,
    /// Population (0 when unknown).
    pub population: u64,
    /// GeoNames feature class: `P` populated place, `A` country, `L` area/continent, `H` water.
    pub feature_class: char,
    /// True for national capitals.
    pub capital: bool,
    /// ISO 3166-1 alpha-3 code (countries).
    pub iso3: Option<String>,
    /// GeoNames continent code (countries): AF, AS, EU, NA, OC, SA, AN.
    pub continent: Option<String>,
    /// Name of the capital (countries).
    pub capital_name: Option<String>,
    /// Every name it is indexed under, Latin and Arabic script (the canonical name first).
    pub names: Vec<String>,
    /// Demonyms and adjectival forms (countries), Latin and Arabic script.
    pub demonyms: Vec<String>,
}

/// First line of every artifact.
const MAGIC: &str = "#dossier-gazetteer\tv1";

/// Errors reading or writing an artifact or the GeoNames input.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// An I/O failure.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The GeoNames JSON did not parse.
    #[error("{file}: {message}")]
    Json {
        /// Which input file.
        file: String,
        /// Parser message.
        message: String,
    },
    /// The artifact is not a gazetteer artifact or is damaged.
    #[error("gazetteer artifact line {line}: {message}")]
    Artifact {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

fn clean_field(s: &str) -> bool {
    !s.contains(['\t', '\n', '\r', '|'])
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// Encodes records as gzip'd TSV. Deterministic: same records, same bytes (gzip mtime 0).
pub fn encode(places: &[Place]) -> Result<Vec<u8>, GazetteerError> {
    let mut tsv = String::with_capacity(places.len() * 200);
    tsv.push_str(MAGIC);
    tsv.push('\n');
    for p in places {
        let names: Vec<&str> = p
            .names
            .iter()
            .map(String::as_str)
            .filter(|n| clean_field(n))
            .collect();
        let demonyms: Vec<&str> = p
            .demonyms
            .iter()
            .map(String::as_str)
            .filter(|n| clean_field(n))
            .collect();
        let (lat, lon) = match p.coordinates {
            Some(c) => (format!("{:.5}", c.lat), format!("{:.5}", c.lon)),
            None => (String::new(), String::new()),
        };
        let source = match p.coordinate_source {
            Some(CoordinateSource::Geonames) => "g",
            Some(CoordinateSource::CountryMedoidCity) => "m",
            Some(CoordinateSource::HandPlaced) => "h",
            None => "",
        };
        let fields = [
            p.kind.as_str().to_string(),
            p.geonames_id.map(|i| i.to_string()).unwrap_or_default(),
            p.name.replace(['\t', '\n', '\r', '|'], " "),
            opt(&p.country_code).to_string(),
            opt(&p.admin1).to_string(),
            lat,
            lon,
            source.to_string(),
            p.population.to_string(),
            p.feature_class.to_string(),
            if p.capital { "1" } else { "0" }.to_string(),
            opt(&p.iso3).to_string(),
            opt(&p.continent).to_string(),
            opt(&p.capital_name).to_string(),
            names.join("|"),
            demonyms.join("|"),
        ];
        tsv.push_str(&fields.join("\t"));
        tsv.push('\n');
    }
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    let io = |source| GazetteerError::Io {
        context: "compressing gazetteer".into(),
        source,
    };
    encoder.write_all(tsv.as_bytes()).map_err(io)?;
    encoder.finish().map_err(io)
}

/// Decodes an artifact written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Vec<Place>, GazetteerError> {
    let mut tsv = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut tsv)
        .map_err(|source| GazetteerError::Io {
            context: "decompressing gazetteer".into(),
            source,
        })?;
    let mut lines = tsv.lines();
    if lines.next() != Some(MAGIC) {
        return Err(GazetteerError::Artifact {
            line: 1,
            message: "missing header".into(),
        });
    }
    let mut places = Vec::new();
    for (i, line) in lines.enumerate() {
        let line_no = i + 2;
        let bad = |message: &str| GazetteerError::Artifact {
            line: line_no,
            message: message.to_string(),
        };
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 16 {
            return Err(bad("expected 16 fields"));
        }
        let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let list = |s: &str| -> Vec<String> {
            s.split('|')
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        };
        let coordinates = match (f[5].parse::<f64>(), f[6].parse::<f64>()) {
            (Ok(lat), Ok(lon)) => Some(Coordinates { lat, lon }),
            _ => None,
        };
        places.push(Place {
            kind: PlaceKind::parse(f[0]).ok_or_else(|| bad("unknown kind"))?,
            geonames_id: f[1].parse().ok(),
            name: f[2].to_string(),
            country_code: text(f[3]),
            admin1: text(f[4]),
            coordinates,
            coordinate_source: match f[7] {
                "g" => Some(CoordinateSource::Geonames),
                "m" => Some(CoordinateSource::CountryMedoidCity),
                "h" => Some(CoordinateSource::HandPlaced),
                _ => None,
            },
            population: f[8].parse().map_err(|_| bad("bad population"))?,
            feature_class: f[9].chars().next().unwrap_or('P'),
            capital: f[10] == "1",
            iso3: text(f[11]),
            continent: text(f[12]),
            capital_name: text(f[13]),
            names: list(f[14]),
            demonyms: list(f[15]),
        });
    }
    Ok(places)
}
