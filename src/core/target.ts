/**
 * Where a message goes: a channel or group chat on a platform, or a private
 * conversation with one user. The text forms are what the database stores.
 */

export type Platform = "discord" | "telegram" | "console";

export type Target =
  | { readonly platform: Platform; readonly kind: "channel"; readonly id: string }
  | { readonly platform: Platform; readonly kind: "dm"; readonly userId: string };

export const channelTarget = (platform: Platform, id: string): Target => ({ platform, kind: "channel", id });

export const dmTarget = (platform: Platform, userId: string): Target => ({ platform, kind: "dm", userId });

const DM_PREFIX = "dm:";

/** The channel as stored next to the platform: "123" or "dm:42". */
export function targetChannel(target: Target): string {
  return target.kind === "dm" ? `${DM_PREFIX}${target.userId}` : target.id;
}

/** One key per target, unique across platforms: "discord:123", "telegram:dm:42". */
export function targetKey(target: Target): string {
  return `${target.platform}:${targetChannel(target)}`;
}

/** Reads a stored channel back into a target. */
export function targetFrom(platform: Platform, channel: string): Target {
  return channel.startsWith(DM_PREFIX) ? dmTarget(platform, channel.slice(DM_PREFIX.length)) : channelTarget(platform, channel);
}

