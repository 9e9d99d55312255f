//! Rows to Python dicts through serde: any flat serialisable row (the library's
//! `Record`, its diff record) becomes a dict with the keys and values of its
//! JSON, so a column added to the library reaches Python with no change here.
//!
//! A small serializer of its own rather than a general one (`pythonize`): keys
//! and the values of unit enum variants ("direct", "explicit") are interned once
//! per call and shared by every row, and a short value equal to the same field's
//! in the row before (the `doc`, the `date`, often the `speaker` and `cue`) is
//! the same Python string, which halves the cost of a row and saves memory.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use serde::ser::{self, Impossible, Serialize};

/// What the rows of a run share: Python strings made once for the `&'static
/// str`s (field and variant names), the last short value of each field, and for
/// each kind of row a template dict holding its keys.
#[derive(Default)]
pub struct Interned {
    strings: Vec<(&'static str, Py<PyString>)>,
    last: Vec<Option<(Box<str>, Py<PyString>)>>,
    templates: Vec<Template>,
}

/// The keys of one kind of row (a struct, by name), in order, and a dict of
/// them: copying it and replacing the values makes a row's dict without
/// growing a table key by key.
struct Template {
    name: &'static str,
    keys: Vec<&'static str>,
    /// The keys as Python strings.
    objects: Vec<Py<PyString>>,
    dict: Py<PyDict>,
}

/// Values up to this long are compared with the field's last one.
const SHORT: usize = 64;

impl Interned {
    fn get<'py>(&mut self, py: Python<'py>, s: &'static str) -> Bound<'py, PyString> {
        // The same few static strings come back: compare pointers, then text.
        let found = self
            .strings
            .iter()
            .find(|(k, _)| std::ptr::eq(*k, s))
            .or_else(|| {
                self.strings
                    .iter()
                    .find(|(k, _)| k.len() == s.len() && *k == s)
            });
        if let Some((_, p)) = found {
            return p.bind(py).clone();
        }
        let p = PyString::intern(py, s);
        self.strings.push((s, p.clone().unbind()));
        p
    }

    /// The string `v` of field number `field`, shared with the row before when
    /// that row's value was the same.
    fn value<'py>(&mut self, py: Python<'py>, field: usize, v: &str) -> Bound<'py, PyString> {
        if v.len() > SHORT {
            return PyString::new(py, v);
        }
        if self.last.len() <= field {
            self.last.resize_with(field + 1, || None);
        }
        match &mut self.last[field] {
            Some((text, p)) if **text == *v => p.bind(py).clone(),
            slot => {
                let p = PyString::new(py, v);
                *slot = Some((v.into(), p.clone().unbind()));
                p
            }
        }
    }
}

/// Serialisation failed: the row is not flat (which no row of the library is).
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

impl From<std::convert::Infallible> for Error {
    fn from(e: std::convert::Infallible) -> Error {
        match e {}
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Error {
        Error(e.to_string())
    }
}

/// One row as a dict.
pub fn to_dict<'py, T: Serialize>(
    py: Python<'py>,
    interned: &mut Interned,
    row: &T,
) -> PyResult<Bound<'py, PyAny>> {
    row.serialize(ValueSerializer {
        py,
        interned,
        field: None,
    })
    .map_err(|e| PyValueError::new_err(format!("a row could not be converted: {e}")))
}

pub struct StructRow<'a, 'py> {
    py: Python<'py>,
    name: &'static str,
    interned: &'a mut Interned,
    /// The fields so far: key and value.
    fields: Vec<(&'static str, Bound<'py, PyAny>)>,
}

impl<'py> ser::SerializeStruct for StructRow<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let value = value.serialize(ValueSerializer {
            py: self.py,
            interned: self.interned,
            field: Some(self.fields.len()),
        })?;
        self.fields.push((key, value));
        Ok(())
    }

    fn end(self) -> Result<Bound<'py, PyAny>, Error> {
        let StructRow {
            py,
            name,
            interned,
            fields,
        } = self;
        let same_keys = |t: &Template| {
            t.keys.len() == fields.len()
                && t.keys
                    .iter()
                    .zip(&fields)
                    .all(|(k, (f, _))| std::ptr::eq(*k, *f) || k == f)
        };
        let at = interned
            .templates
            .iter()
            .position(|t| std::ptr::eq(t.name, name) || t.name == name);
        let dict = match at.map(|i| &interned.templates[i]) {
            Some(t) if same_keys(t) => {
                let dict = t.dict.bind(py).copy()?;
                for (key, (_, value)) in t.objects.iter().zip(fields) {
                    dict.set_item(key.bind(py), value)?;
                }
                dict
            }
            found => {
                // The first row of its kind (or one whose keys differ, which a
                // struct's never do): its keys become the kind's template.
                let make_template = found.is_none();
                let dict = PyDict::new(py);
                let mut keys = Vec::with_capacity(fields.len());
                for (key, value) in fields {
                    dict.set_item(interned.get(py, key), value)?;
                    keys.push(key);
                }
                if make_template {
                    let template = dict.copy()?;
                    let mut objects = Vec::with_capacity(keys.len());
                    for key in &keys {
                        let object = interned.get(py, key);
                        template.set_item(&object, py.None())?;
                        objects.push(object.unbind());
                    }
                    interned.templates.push(Template {
                        name,
                        keys,
                        objects,
                        dict: template.unbind(),
                    });
                }
                dict
            }
        };
        Ok(dict.into_any())
    }
}

/// A row (a struct, whose fields become a dict's items) or the value of one of
/// its fields (`field`, by number): a str, an int, None, or a unit variant's name.
struct ValueSerializer<'a, 'py> {
    py: Python<'py>,
    interned: &'a mut Interned,
    field: Option<usize>,
}

impl<'a, 'py> ser::Serializer for ValueSerializer<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Impossible<Self::Ok, Error>;
    type SerializeTuple = Impossible<Self::Ok, Error>;
    type SerializeTupleStruct = Impossible<Self::Ok, Error>;
    type SerializeTupleVariant = Impossible<Self::Ok, Error>;
    type SerializeMap = Impossible<Self::Ok, Error>;
    type SerializeStruct = StructRow<'a, 'py>;
    type SerializeStructVariant = Impossible<Self::Ok, Error>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok, Error> {
        Ok(v.into_pyobject(self.py)?.to_owned().into_any())
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok, Error> {
        Ok(v.into_pyobject(self.py)?.into_any())
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok, Error> {
        Ok(v.into_pyobject(self.py)?.into_any())
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok, Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok, Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok, Error> {
        Ok(v.into_pyobject(self.py)?.into_any())
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok, Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok, Error> {
        Ok(match self.field {
            Some(field) => self.interned.value(self.py, field, v),
            None => PyString::new(self.py, v),
        }
        .into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok, Error> {
        Ok(pyo3::types::PyBytes::new(self.py, v).into_any())
    }
    fn serialize_none(self) -> Result<Self::Ok, Error> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Self::Ok, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok, Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok, Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Self::Ok, Error> {
        Ok(self.interned.get(self.py, variant).into_any())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Self::Ok, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: &T,
    ) -> Result<Self::Ok, Error> {
        Err(Error(format!("`{variant}` is not a flat value")))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(Error("a list is not a flat value".into()))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(Error("a tuple is not a flat value".into()))
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error(format!("`{name}` is not a flat value")))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error(format!("`{variant}` is not a flat value")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("a map is not a flat value".into()))
    }
    fn serialize_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        if self.field.is_some() {
            return Err(Error(format!("`{name}` is not a flat value")));
        }
        Ok(StructRow {
            py: self.py,
            name,
            interned: self.interned,
            fields: Vec::with_capacity(24),
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error(format!("`{variant}` is not a flat value")))
    }
}
