//! The comparison: the view with its option picker ([`view`]), the table
//! ([`table`]), the chart ([`chart`]) and their one data source ([`data`]).

pub(crate) mod chart;
pub(crate) mod data;
pub(crate) mod table;
pub(crate) mod view;
