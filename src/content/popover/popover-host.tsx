/**
 * The popover's host: the only node Lodestone adds to a page, and only while a popover is shown. It
 * holds an open shadow root and sits in the top layer (the Popover API), so no z-index or overflow
 * of the page can hide it.
 */
import { render } from 'preact';
import type { EntityView } from '../../shared/messaging/protocol.ts';
import { localDay } from '../../shared/local-day.ts';
import { readArticleDate } from '../article-date.ts';
import { EntityCard } from './EntityCard.tsx';
import { POPOVER_CSS } from './styles.ts';
import { POPOVER_TAG } from './popover-tag.ts';

/** Between the mention and the card, and between the card and the viewport's edges, in px. */
const GAP = 6;
const MARGIN = 8;
/** The least height worth cutting the card to; below it the card keeps its own height. */
const MIN_HEIGHT = 120;

/** Shows one entity card next to an anchor rectangle. */
export class PopoverHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  /** Called when Tab or Shift+Tab would take focus out of the card. */
  private onLeave: (() => void) | null = null;
  /** The article's day, read once per address (a single-page app changes article without a load). */
  private articleDay: { href: string; today: string; day: string | undefined } | null = null;

  /** True while shown. */
  get isShown(): boolean {
    return this.host?.isConnected === true;
  }

  /** True when the point is over the shown popover. */
  contains(x: number, y: number): boolean {
    if (!this.host?.isConnected) return false;
    const r = this.host.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  /** True while focus is in the card. */
  get hasFocus(): boolean {
    return this.isShown && document.activeElement === this.host;
  }

  /** Shows `view` beside `anchor` (viewport coordinates), as of the article's day and the reader's today, with `hint` at its foot. */
  show(view: EntityView, anchor: DOMRect, hint?: string): void {
    const { host, mount } = this.ensureHost();
    const today = localDay();
    render(<EntityCard view={view} today={today} articleDay={this.articleDayOf(today)} hint={hint} />, mount);
    if (!host.isConnected) document.documentElement.append(host);
    if (!host.matches(':popover-open')) host.showPopover();
    this.place(host, anchor);
  }

  /** Places the shown card beside `anchor` again. */
  move(anchor: DOMRect): void {
    if (this.host?.isConnected) this.place(this.host, anchor);
  }

  /**
   * Moves focus to the card, whose links Tab then reaches; `onLeave` is called instead of Tab or
   * Shift+Tab taking focus past either end of the card. False when no card is shown.
   */
  focus(onLeave: () => void): boolean {
    const card = this.host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!this.isShown || !card) return false;
    this.onLeave = onLeave;
    card.focus({ preventScroll: true });
    return true;
  }

  /** Hides the popover and takes its host out of the page. */
  hide(): void {
    if (!this.host?.isConnected) return;
    if (this.host.matches(':popover-open')) this.host.hidePopover();
    this.host.remove();
  }

  /** Hides and forgets everything. */
  destroy(): void {
    this.hide();
    if (this.mount) render(null, this.mount);
    this.host = null;
    this.mount = null;
  }

  private articleDayOf(today: string): string | undefined {
    const href = location.href;
    if (this.articleDay?.href !== href || this.articleDay.today !== today)
      this.articleDay = { href, today, day: readArticleDate(document, today) };
    return this.articleDay.day;
  }

  private ensureHost(): { host: HTMLElement; mount: HTMLElement } {
    if (this.host && this.mount) return { host: this.host, mount: this.mount };
    const host = document.createElement(POPOVER_TAG);
    host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = POPOVER_CSS;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    shadow.addEventListener('keydown', (event) => this.keepTabIn(shadow, event as KeyboardEvent));
    this.host = host;
    this.mount = mount;
    return { host, mount };
  }

  /** Tab past the last link, or Shift+Tab from the card or its first link, leaves the card. */
  private keepTabIn(shadow: ShadowRoot, event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !this.onLeave) return;
    const stops = [...shadow.querySelectorAll<HTMLElement>('.card, .card a[href]')];
    const at = stops.indexOf(shadow.activeElement as HTMLElement);
    if (event.shiftKey ? at > 0 : at < stops.length - 1) return;
    event.preventDefault();
    this.onLeave();
  }

  /**
   * Below the anchor when it fits, else above; when it fits on neither side, on the roomier one with
   * its height cut to that room (the card scrolls), so it never covers the mention it explains.
   */
  private place(host: HTMLElement, anchor: DOMRect): void {
    host.style.removeProperty('--lodestone-max-height');
    const box = host.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const left = Math.max(MARGIN, Math.min(anchor.left, vw - box.width - MARGIN));
    const below = vh - MARGIN - (anchor.bottom + GAP);
    const above = anchor.top - GAP - MARGIN;
    let top: number;
    if (box.height <= below) top = anchor.bottom + GAP;
    else if (box.height <= above) top = anchor.top - GAP - box.height;
    else if (Math.max(below, above) >= MIN_HEIGHT) {
      const room = Math.max(below, above);
      host.style.setProperty('--lodestone-max-height', `${String(Math.floor(room))}px`);
      top = below >= above ? anchor.bottom + GAP : MARGIN;
    } else top = MARGIN; // A mention as tall as the view: nowhere is free, so the card keeps its size.
    host.style.setProperty('--lodestone-left', `${String(left)}px`);
    host.style.setProperty('--lodestone-top', `${String(top)}px`);
  }
}
