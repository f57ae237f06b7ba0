//! One question on screen: the step ([`question_step`]) with its radio
//! choices ([`radio`]), the quantity choices ([`quantity_choices`]) with
//! an exact value ([`exact_choice`]) and the arrow-key settling ([`arrow_settle`]).

pub(crate) mod arrow_settle;
pub(crate) mod exact_choice;
pub(crate) mod quantity_choices;
pub(crate) mod question_step;
pub(crate) mod radio;
