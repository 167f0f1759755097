// Where each vacancy was announced (channel + message ts), so closing it can update those
// messages. Durable through the lifecycle store when the server has one (issue 11), so a
// restart remembers them; in memory otherwise.
import type { LifecycleService } from "../lifecycle/index.ts";

/** One posted announcement. */
export interface Announcement {
  channel: string;
  ts: string;
}

export class AnnouncementLog {
  readonly #byVacancy = new Map<string, Announcement[]>();

  constructor(readonly lifecycle?: LifecycleService | undefined) {}

  async record(vacancyId: string, announcement: Announcement): Promise<void> {
    if (this.lifecycle) {
      await this.lifecycle.recordAnnouncement({
        vacancyId,
        platform: "slack",
        channel: announcement.channel,
        messageId: announcement.ts,
      });
      return;
    }
    const list = this.#byVacancy.get(vacancyId) ?? [];
    list.push(announcement);
    this.#byVacancy.set(vacancyId, list);
  }

  of(vacancyId: string): readonly Announcement[] {
    if (this.lifecycle)
      return this.lifecycle
        .announcementsOf(vacancyId, "slack")
        .map((a) => ({ channel: a.channel, ts: a.messageId }));
    return this.#byVacancy.get(vacancyId) ?? [];
  }
}
