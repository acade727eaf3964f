import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test-support/renderWithProviders';
import { UNDO_SECONDS, UndoNotice } from './UndoNotice';

describe('UndoNotice', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('offers Undo for a few seconds, and holds while the user is on it', () => {
    const onDone = jest.fn();
    renderWithProviders(<UndoNotice message="Removed." onUndo={() => Promise.resolve()} onDone={onDone} />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    // Focus on Undo holds the time: reading it never costs the chance.
    act(() => jest.advanceTimersByTime(UNDO_SECONDS * 1000 * 3));
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.blur(undo, { relatedTarget: document.body });
    act(() => jest.advanceTimersByTime(UNDO_SECONDS * 1000 - 1));
    expect(onDone).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
