//! The comparison: the view ([`view`]) with its option picker ([`picker`]),
//! the table ([`table`]), the chart ([`chart`]) and their one data source
//! ([`data`]).

pub(crate) mod chart;
pub(crate) mod data;
pub(crate) mod picker;
pub(crate) mod table;
pub(crate) mod view;
