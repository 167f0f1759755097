// Where each vacancy was announced (channel + message ts), so closing it can update those
// messages. In memory for now: a restart forgets them (persistence comes with issue 11).

/** One posted announcement. */
export interface Announcement {
  channel: string;
  ts: string;
}

export class AnnouncementLog {
  readonly #byVacancy = new Map<string, Announcement[]>();

  record(vacancyId: string, announcement: Announcement): void {
    const list = this.#byVacancy.get(vacancyId) ?? [];
    list.push(announcement);
    this.#byVacancy.set(vacancyId, list);
  }

  of(vacancyId: string): readonly Announcement[] {
    return this.#byVacancy.get(vacancyId) ?? [];
  }
}
