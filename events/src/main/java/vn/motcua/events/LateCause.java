package vn.motcua.events;

/** Why a step ran late, as provinces grade it: the unit's own fault (chủ quan) or outside its control (khách quan). */
public enum LateCause {
    SUBJECTIVE, OBJECTIVE
}
