//! Two tabs, one store: a three-way merge of what this page last knew (`base`), what it
//! has now (`mine`) and what another tab has stored meanwhile (`theirs`). Whatever this
//! page changed since `base` wins; everything else is taken from `theirs`. So neither tab
//! erases the other's work: an answer given in one tab survives a save from the other,
//! and a deletion in either stays deleted (issue 12, kind 1).
//!
//! Pure: the storage layer decides when to merge (a write finds the stored text changed,
//! or the browser's `storage` event says another tab wrote).

use crate::answers::Answers;
use crate::profile::Profile;
use crate::room::Room;
use crate::saved::Progress;

/// One value: this page's if it changed it, else theirs.
fn pick<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> T {
    if mine != base {
        mine.clone()
    } else {
        theirs.clone()
    }
}

/// Answers, question by question (an answer removed here stays removed).
pub fn answers(base: &Answers, mine: &Answers, theirs: &Answers) -> Answers {
    let mut ids: Vec<_> = base.iter().chain(mine.iter()).chain(theirs.iter()).map(|(id, _)| id.clone()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter().filter_map(|id| pick(&base.get(&id), &mine.get(&id), &theirs.get(&id)).map(|a| (id, a))).collect()
}

/// The profile, field by field; the size band and the staff number as one (the number
/// sets the band, so they always agree).
pub fn profile(base: &Profile, mine: &Profile, theirs: &Profile) -> Profile {
    let (size, staff) = pick(&(&base.size, base.staff), &(&mine.size, mine.staff), &(&theirs.size, theirs.staff));
    Profile {
        industry: pick(&base.industry, &mine.industry, &theirs.industry),
        size: size.clone(),
        ambition: pick(&base.ambition, &mine.ambition, &theirs.ambition),
        staff,
    }
}

/// Progress: answers and profile merged; the position and content version are this page's
/// (each tab stays where its user is).
pub fn progress(base: &Progress, mine: &Progress, theirs: &Progress) -> Progress {
    Progress {
        content_version: mine.content_version.clone(),
        profile: profile(&base.profile, &mine.profile, &theirs.profile),
        answers: answers(&base.answers, &mine.answers, &theirs.answers),
        position: mine.position.clone(),
    }
}

/// A room: theirs, without the codes this page removed (cleared), with the codes it
/// added, in the order they came.
pub fn room(base: &Room, mine: &Room, theirs: &Room) -> Room {
    let removed = |code: &String| base.codes().contains(code) && !mine.codes().contains(code);
    let added = mine.codes().iter().filter(|c| !base.codes().contains(c));
    let codes: Vec<String> = theirs.codes().iter().filter(|c| !removed(c)).chain(added).cloned().collect();
    Room::from_codes(codes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use crate::model::QuestionId;
    use crate::saved::Position;

    fn given(pairs: &[(&str, u8)]) -> Answers {
        pairs.iter().map(|(id, v)| (QuestionId::new(*id), Answer::Option(*v))).collect()
    }

    fn at(answers: Answers, position: Position) -> Progress {
        Progress { content_version: "3".into(), profile: Profile::default(), answers, position }
    }

    #[test]
    fn a_tab_that_sat_still_never_erases_what_the_other_answered() {
        // The reported case: A answers 4-9 while B sits on 4; B then answers 4.
        let base = given(&[("q1", 1), ("q2", 1), ("q3", 1)]);
        let theirs = given(&[("q1", 1), ("q2", 1), ("q3", 1), ("q4", 2), ("q5", 2), ("q6", 2), ("q7", 2), ("q8", 2), ("q9", 2)]);
        let mine = given(&[("q1", 1), ("q2", 1), ("q3", 1), ("q4", 4)]);
        let merged = answers(&base, &mine, &theirs);
        assert_eq!(merged.len(), 9, "A's five answers stay");
        assert_eq!(merged.get(&QuestionId::new("q4")), Some(Answer::Option(4)), "B's own change wins");
        assert_eq!(merged.get(&QuestionId::new("q9")), Some(Answer::Option(2)));
    }

    #[test]
    fn removals_on_either_side_stay_removed_and_each_tab_keeps_its_place() {
        let base = given(&[("q1", 1), ("q2", 1)]);
        let mine = given(&[("q1", 1)]);
        let theirs = given(&[("q1", 1), ("q2", 1), ("q3", 3)]);
        assert_eq!(answers(&base, &mine, &theirs), given(&[("q1", 1), ("q3", 3)]));
        // The other tab started over (nothing stored): what this tab did not change goes too.
        let merged =
            progress(&at(base.clone(), Position::Result), &at(given(&[("q1", 1), ("q2", 2)]), Position::Overview), &Progress::default());
        assert_eq!(merged.answers, given(&[("q2", 2)]));
        assert_eq!(merged.position, Position::Overview);
        // Nothing changed here: theirs, exactly.
        let theirs = at(given(&[("q5", 5)]), Position::Result);
        let merged = progress(&at(base.clone(), Position::Start), &at(base, Position::Start), &theirs);
        assert_eq!((merged.answers, merged.position), (theirs.answers, Position::Start));
    }

    #[test]
    fn profiles_merge_field_by_field() {
        let base = Profile { industry: Some("retail".into()), ..Default::default() };
        let mine = Profile { ambition: Some(3), ..base.clone() };
        let theirs = Profile { size: Some("10-49".into()), industry: Some("transport".into()), ..Default::default() };
        let merged = profile(&base, &mine, &theirs);
        assert_eq!(merged, Profile { industry: Some("transport".into()), size: Some("10-49".into()), ambition: Some(3), staff: None });
        // The band and the staff number travel together.
        let mine = Profile { size: Some("1-9".into()), staff: Some(4), ..base.clone() };
        let theirs = Profile { size: Some("50-249".into()), staff: Some(80), ..base.clone() };
        let merged = profile(&base, &mine, &Profile { staff: None, ..theirs.clone() });
        assert_eq!((merged.size.as_deref(), merged.staff), (Some("1-9"), Some(4)));
        let merged = profile(&base, &base, &theirs);
        assert_eq!((merged.size.as_deref(), merged.staff), (Some("50-249"), Some(80)));
    }

    #[test]
    fn rooms_keep_both_tabs_participants_and_a_clear_clears_what_it_saw() {
        let book = &crate::builtin::CODEBOOK;
        let code = |v: u8| {
            let answers = given(&[("ops.business-system", v)]);
            crate::share::encode(book, &Profile::default(), &answers)
        };
        let room_of = |codes: &[String]| {
            let mut r = Room::new();
            r.add(book, &codes.join("\n"));
            r
        };
        let base = room_of(&[code(1)]);
        let mine = room_of(&[code(1), code(2)]);
        let theirs = room_of(&[code(1), code(3)]);
        assert_eq!(room(&base, &mine, &theirs).codes(), &[code(1), code(3), code(2)]);
        let cleared = Room::new();
        assert_eq!(room(&base, &cleared, &theirs).codes(), &[code(3)], "the code this tab never saw stays");
    }
}
